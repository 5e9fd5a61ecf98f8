package cn.yanggu.workbench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer guarantee: an operating-system lock on {@code <database>.lock} beside the database, held while
 * the database is open (by a window or a command). A second workbench, in this process or another, cannot take it
 * and is told which process has the database. The lock file holds that process id; it stays behind after closing
 * (an unlocked file means nothing), so it is never deleted while another process might be opening it.
 */
public final class DatabaseLock implements AutoCloseable {
    private static final long LOCKED_BYTE = 1L << 20;
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a database. */
    public static Path lockFile(Path database) {
        Path db = database.toAbsolutePath().normalize();
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code database}.
     *
     * @throws StoreException {@code IN_USE} (detail: the holder's process id) when another workbench has it
     */
    public static DatabaseLock acquire(Path database) {
        Path db = database.toAbsolutePath().normalize();
        Path file = lockFile(db);
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new StoreException(StoreException.Reason.READ_ONLY, db, "lock file " + file, e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, db, "lock file " + file, e);
        }
        try {
            FileLock l;
            try {
                // a byte far past the pid: on Windows a locked region cannot be read, and the pid must be
                l = ch.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                l = null;   // this process already has it open
            }
            if (l == null) {
                String holder = readHolder(ch);
                ch.close();
                throw new StoreException(StoreException.Reason.IN_USE, db, holder, null);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            return new DatabaseLock(ch, l);
        } catch (IOException e) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing held
            }
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, db, "lock file " + file, e);
        }
    }

    private static String readHolder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            int n = ch.read(b, 0);
            String s = n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.US_ASCII).strip();
            return s.matches("\\d{1,12}") ? s : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // released by the operating system when the process ends anyway
        }
    }
}
