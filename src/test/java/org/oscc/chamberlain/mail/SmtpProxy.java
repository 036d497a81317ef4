package org.oscc.chamberlain.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands between the app and a plain SMTP server, as a provider's server behaves at its edge: it refuses the
 * recipients it is told to (550, in a server's words) and, when told, drops the connection when the client starts
 * its message number {@code dropAt} (counted by MAIL FROM). It keeps the raw DATA of every message it passed on.
 */
final class SmtpProxy implements AutoCloseable {
    static final String REFUSAL = "550 5.1.1 Recipient address rejected: User unknown in local recipient table";

    private final ServerSocket listener;
    private final int upstreamPort;
    private final Set<String> refused;
    private volatile int dropAt = Integer.MAX_VALUE;
    private final AtomicInteger mailFrom = new AtomicInteger();
    final List<byte[]> data = Collections.synchronizedList(new ArrayList<>());

    SmtpProxy(int upstreamPort, Set<String> refused) throws IOException {
        this.upstreamPort = upstreamPort;
        this.refused = refused;
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "smtp-proxy");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** From now on, drop the connection when the client starts message {@code n} (1-based, counted from now). */
    void dropAtMessage(int n) {
        mailFrom.set(0);
        dropAt = n;
    }

    void neverDrop() {
        dropAt = Integer.MAX_VALUE;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                Thread down = new Thread(() -> pump(server, client), "smtp-proxy-down");
                down.setDaemon(true);
                down.start();
                Thread up = new Thread(() -> commands(client, server), "smtp-proxy-up");
                up.setDaemon(true);
                up.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void commands(Socket client, Socket server) {
        try (InputStream in = client.getInputStream(); OutputStream up = server.getOutputStream();
                OutputStream back = client.getOutputStream()) {
            boolean inData = false;
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            byte[] line;
            while ((line = readLine(in)) != null) {
                String text = new String(line, StandardCharsets.US_ASCII);
                if (inData) {
                    up.write(line);
                    if (text.equals(".\r\n")) {
                        inData = false;
                        data.add(message.toByteArray());
                        message.reset();
                    } else {
                        message.write(line);
                    }
                    continue;
                }
                String upper = text.toUpperCase(Locale.ROOT);
                if (upper.startsWith("MAIL FROM") && mailFrom.incrementAndGet() >= dropAt) {
                    closeQuietly(client);
                    closeQuietly(server);
                    return;
                }
                if (upper.startsWith("RCPT TO") && refused.stream()
                        .anyMatch(r -> upper.contains("<" + r.toUpperCase(Locale.ROOT) + ">"))) {
                    back.write((REFUSAL + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    back.flush();
                    continue;
                }
                if (upper.startsWith("DATA")) {
                    inData = true;
                }
                up.write(line);
                up.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            b.write(c);
            if (c == '\n') {
                return b.toByteArray();
            }
        }
        return b.size() == 0 ? null : b.toByteArray();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
