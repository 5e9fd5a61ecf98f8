package cn.yanggu.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A local TCP relay between a workbench and the test server, standing in for the office network: {@link #hold()}
 * stalls every connection (a write in flight waits, as on a network that stopped answering), {@link #cut()} breaks
 * every connection and refuses new ones (the server is away), {@link #restore()} lets connections through again on
 * the same port. Each relayed connection runs on two daemon threads.
 */
public final class TcpProxy implements AutoCloseable {
    private final String host;
    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new ArrayList<>();
    private ServerSocket listening;
    private boolean held;

    public TcpProxy(String host, int targetPort) throws IOException {
        this.host = host;
        this.targetPort = targetPort;
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.port = s.getLocalPort();
        listen(s);
    }

    /** The local port the workbench connects to. */
    public int port() {
        return port;
    }

    /** Stops relaying bytes (both ways) until {@link #cut()} or {@link #restore()}. */
    public synchronized void hold() {
        held = true;
    }

    /** Breaks every relayed connection and refuses new ones. */
    public synchronized void cut() throws IOException {
        if (listening != null) {
            listening.close();
            listening = null;
        }
        for (Socket s : sockets) {
            s.close();
        }
        sockets.clear();
        held = false;
        notifyAll();
    }

    /** Accepts and relays connections again, on the same port. */
    public synchronized void restore() throws IOException {
        held = false;
        notifyAll();
        if (listening == null) {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listen(s);
        }
    }

    private synchronized void listen(ServerSocket s) {
        listening = s;
        Thread accept = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    Socket server = new Socket(host, targetPort);
                    synchronized (this) {
                        sockets.add(client);
                        sockets.add(server);
                    }
                    pump(client, server);
                    pump(server, client);
                } catch (IOException e) {
                    return;   // closed by cut() or close()
                }
            }
        }, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (this) {
                        while (held && !from.isClosed()) {
                            wait();
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // cut, or the other end closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
