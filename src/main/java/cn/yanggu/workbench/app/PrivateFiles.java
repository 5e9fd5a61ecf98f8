package cn.yanggu.workbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/** Files and folders only the OS user may read (the office's private key): POSIX modes, or a Windows access list. */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    /** Creates the folder {@code dir} (and its parents) and makes it the user's only (rwx------). */
    public static void folder(Path dir) throws IOException {
        if (posix(dir.getRoot() == null ? dir.toAbsolutePath() : dir)) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rwx------")));
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(dir);
            ownerOnly(dir);
        }
    }

    /** Creates an empty file that only its owner may read or write; fails if it exists. */
    static void create(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            ownerOnly(file);
        }
    }

    /** Whether only the owner may read {@code file} (POSIX: no group or other bits; Windows: one entry, the owner). */
    public static boolean isOwnerOnly(Path file) throws IOException {
        if (posix(file)) {
            return Files.getPosixFilePermissions(file).stream().allMatch(p -> p.name().startsWith("OWNER"));
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            return false;
        }
        UserPrincipal owner = acl.getOwner();
        return acl.getAcl().stream().allMatch(e -> e.principal().equals(owner));
    }

    private static boolean posix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }

    private static void ownerOnly(Path p) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (acl == null) {
            return;
        }
        UserPrincipal owner = acl.getOwner();
        acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
    }
}
