package cn.yanggu.workbench.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A file the workbench writes appears complete or not at all; a failed write leaves the old file and no litter. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheFileWithTheNewContent() throws Exception {
        Path file = dir.resolve("报告.docx");
        AtomicFile.write(file, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of("报告.docx"), names(), "no temporary file left");
    }

    @Test
    void aWriteFailingHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("charts.pptx");
        Files.writeString(file, "the deck of last week");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half a deck".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("the deck of last week", Files.readString(file));
        assertEquals(List.of("charts.pptx"), names(), "no temporary file left");

        assertThrows(IllegalStateException.class, () -> AtomicFile.write(file, out -> {
            out.write(new byte[4096]);
            throw new IllegalStateException("a generator failing");
        }));
        assertEquals("the deck of last week", Files.readString(file));
        assertEquals(List.of("charts.pptx"), names(), "no temporary file left");
    }

    @Test
    void aReadOnlyFolderLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        Files.write(file, new byte[] {1, 2, 3});
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(dir), "the folder can still be written (running as root)");
            assertThrows(IOException.class, () -> AtomicFile.write(file, new byte[] {9}));
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
            assertEquals(List.of("plan.xlsx"), names());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aMissingFolderIsSaidAndNothingIsCreated() {
        Path file = dir.resolve("gone").resolve("x.png");
        assertThrows(NoSuchFileException.class, () -> AtomicFile.write(file, new byte[] {1}));
        assertFalse(Files.exists(dir.resolve("gone")));
    }
}
