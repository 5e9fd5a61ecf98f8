package cn.yanggu.workbench.store;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer guarantee, held while the database is open (by a window or a command); a second workbench, in this
 * process or another, is refused and told which process has the database. Two guards:
 * <ul>
 * <li>an operating-system lock on {@code <database>.lock} beside the database — it works across PCs on a shared
 * folder. The lock file holds the holder's process id; it stays behind after closing (an unlocked file means
 * nothing), so it is never deleted while another process might be opening it. On Linux that lock is a POSIX record
 * lock, which the kernel drops as soon as the process closes <em>any</em> descriptor of the file — a GTK file
 * dialog listing the database's folder does exactly that;</li>
 * <li>so, on the same PC, a local socket bound to a name derived from the database's real path (in the temporary
 * folder). Nothing a file dialog does can unbind it; it goes with the process. A socket left by a process that
 * died refuses connections and is replaced.</li>
 * </ul>
 */
public final class DatabaseLock implements AutoCloseable {
    private static final long LOCKED_BYTE = 1L << 20;
    /** The lock on the database file's byte; its channel holds our pid for another process to name. */
    private final FileLock lock;
    /** The local socket, or null where this system has none. */
    private final Guard guard;

    private DatabaseLock(FileLock lock, Guard guard) {
        this.lock = lock;
        this.guard = guard;
    }

    /** A bound guard socket and its file, which goes when the socket is let go. */
    private record Guard(ServerSocketChannel socket, Path file) {
        void release() {
            if (!socket.isOpen()) {
                return;
            }
            closeQuietly(socket);
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stale socket refuses connections and is replaced by the next start
            }
        }
    }

    /** The local socket that guards {@code database} on this PC: one name per real path. */
    static Path guardFile(Path database) {
        Path db = database.toAbsolutePath().normalize();
        try {
            db = db.toRealPath();
        } catch (IOException e) {
            // not created yet: its normalised path is its name
        }
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(db.toString().getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("java.io.tmpdir"), "yanggu-wb-" + java.util.HexFormat.of()
                    .formatHex(h, 0, 10) + ".sock");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Binds the guard socket of {@code database}; {@code null} when this system has no local sockets (the file lock
     * then guards alone).
     *
     * @throws StoreException {@code IN_USE} when a live process holds it
     */
    private static Guard bindGuard(Path db, Path file, Path socket) {
        for (int attempt = 0; attempt < 2; attempt++) {
            ServerSocketChannel server;
            try {
                server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
            try {
                server.bind(UnixDomainSocketAddress.of(socket));
                return new Guard(server, socket);
            } catch (IOException e) {
                closeQuietly(server);
                if (!Files.exists(socket)) {
                    return null;   // cannot bind here at all (e.g. no temporary folder): the file lock guards alone
                }
            }
            try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                throw new StoreException(StoreException.Reason.IN_USE, db, readHolder(file), null);
            } catch (IOException refused) {
                try {
                    Files.deleteIfExists(socket);   // left by a workbench that died
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing held
        }
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
        Path socket = guardFile(db);
        Guard guard = bindGuard(db, file, socket);
        try {
            return acquireFile(db, file, guard);
        } catch (RuntimeException e) {
            if (guard != null) {
                guard.release();
            }
            throw e;
        }
    }

    private static DatabaseLock acquireFile(Path db, Path file, Guard guard) {
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
            return new DatabaseLock(l, guard);
        } catch (IOException e) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing held
            }
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, db, "lock file " + file, e);
        }
    }

    private static String readHolder(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return readHolder(ch);
        } catch (IOException e) {
            return "?";
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
            lock.channel().close();
        } catch (IOException ignored) {
            // released by the operating system when the process ends anyway
        }
        if (guard != null) {
            guard.release();
        }
    }
}
