package de.cloudhub.order.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on a free loopback port that answers as a hostile or broken implementation of
 * our contract would: crafted bodies, endless header lines, one byte per interval. Written on raw
 * sockets so that it can break HTTP itself, which the JDK's server cannot. Each connection serves one
 * request and closes. Everything it writes stops when the client goes away or the server is closed,
 * and no answer ever runs longer than {@link #LONGEST_ANSWER}, so a test that fails cannot hang.
 * Loopback only.
 */
public final class HostileServer implements AutoCloseable {
    /** The longest any answer may keep writing, whatever the test asked for. */
    public static final Duration LONGEST_ANSWER = Duration.ofSeconds(30);

    /** Writes the whole answer (status line, headers, body) for one request. */
    @FunctionalInterface
    public interface Answer {
        void write(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    /** What the client asked: method, path (without query), query (or null), headers in lower case, body. */
    public record Request(String method, String path, String query, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final ServerSocket socket;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private final Thread acceptor;
    /** Closes an answer's connection once it has run {@link #LONGEST_ANSWER}; one thread for all answers. */
    private final ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "hostile-watchdog");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    public HostileServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("No loopback port for the hostile server", e);
        }
        // an answer that ended takes its deadline out at once, not after LONGEST_ANSWER
        watchdog.setRemoveOnCancelPolicy(true);
        acceptor = new Thread(this::acceptLoop, "hostile-server-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code http://127.0.0.1:<port>/api/v1}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/v1");
    }

    /**
     * Answers requests whose path is {@code /api/v1/<path>} with {@code answer}; a path ending in {@code /*}
     * answers every path below it. Unknown paths get 404.
     */
    public HostileServer on(String path, Answer answer) {
        answers.put("/api/v1/" + path, answer);
        return this;
    }

    /** A 200 JSON answer with this body. */
    public HostileServer json(String path, String body) {
        return on(path, json(200, body));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many requests were taken (also those still being answered). */
    public int requestCount() {
        return served.get();
    }

    /** A complete answer with this status, {@code application/json} (or problem+json for 4xx/5xx) body. */
    public static Answer json(int status, String body) {
        return (request, out) -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String type = status >= 400 ? "application/problem+json" : "application/json";
            out.write(head(status, "Content-Type: " + type, "Content-Length: " + bytes.length));
            out.write(bytes);
        };
    }

    /** Status line and headers, then {@code body} one byte every {@code interval}: never a silent second. */
    public static Answer trickle(String body, Duration interval) {
        return (request, out) -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(head(200, "Content-Type: application/json", "Content-Length: " + bytes.length));
            out.flush();
            // the pacing of a slow server is the behaviour under test: one byte per tick of a scheduler,
            // and the answer ends when the last byte is out (or the connection broke), at most LONGEST_ANSWER
            ScheduledThreadPoolExecutor pace = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "hostile-trickle");
                t.setDaemon(true);
                return t;
            });
            CompletableFuture<Void> sent = new CompletableFuture<>();
            AtomicInteger next = new AtomicInteger();
            try {
                pace.scheduleAtFixedRate(() -> {
                    int i = next.getAndIncrement();
                    try {
                        if (i < bytes.length) {
                            out.write(bytes[i]);
                            out.flush();
                        }
                        if (i >= bytes.length - 1) {
                            sent.complete(null);
                        }
                    } catch (IOException e) {
                        sent.completeExceptionally(e);
                    }
                }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
                sent.get(LONGEST_ANSWER.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (TimeoutException e) {
                throw new IOException("The trickle did not end within " + LONGEST_ANSWER, e);
            } finally {
                pace.shutdownNow();
            }
        };
    }

    /** A status line, then {@code count} headers each {@code length} characters long, then a small body. */
    public static Answer headers(int count, int length) {
        return (request, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] value = "a".repeat(Math.max(0, length - 6)).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < count; i++) {
                out.write(String.format("X%04d:", i % 10_000).getBytes(StandardCharsets.US_ASCII));
                out.write(value);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("Content-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
        };
    }

    /** A header line that never ends: the value grows until the client hangs up. */
    public static Answer endlessHeaderLine() {
        return (request, out) -> {
            out.write("HTTP/1.1 200 OK\r\nX-Endless: ".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(chunk);
            }
        };
    }

    public static byte[] head(int status, String... headers) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 304 -> "Not Modified";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            default -> "Status";
        };
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return;
            }
            open.add(client);
            Thread t = new Thread(() -> serve(client), "hostile-answer");
            t.setDaemon(true);
            t.start();
        }
    }

    private void serve(Socket client) {
        Thread.currentThread().setName("hostile-answer-" + client.getPort());
        // no answer outlives LONGEST_ANSWER, whatever it was told to do
        ScheduledFuture<?> deadline;
        try {
            deadline = watchdog.schedule(() -> closeQuietly(client), LONGEST_ANSWER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException serverClosed) {
            closeQuietly(client);
            return;
        }
        try (client) {
            Request request = read(client.getInputStream());
            if (request == null) {
                return;
            }
            served.incrementAndGet();
            requests.add(request);
            Answer answer = answerFor(request.path());
            OutputStream out = client.getOutputStream();
            answer.write(request, out);
            out.flush();
        } catch (SocketException | InterruptedException clientGone) {
            // the client hung up (what a limit or a deadline is for), or the server closed
        } catch (IOException e) {
            // likewise
        } finally {
            deadline.cancel(false);
            open.remove(client);
        }
    }

    /** The answer for an exact path, else for the longest {@code <prefix>/*} it lies below, else 404. */
    private Answer answerFor(String path) {
        Answer exact = answers.get(path);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String key : answers.keySet()) {
            if (key.endsWith("/*") && path.startsWith(key.substring(0, key.length() - 1))
                    && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best != null ? answers.get(best) : json(404,
                "{\"status\":404,\"code\":\"not-found\",\"title\":\"Not found\",\"errors\":[]}");
    }

    private static Request read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] first = lines[0].split(" ");
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        int length = headers.containsKey("content-length") ? Integer.parseInt(headers.get("content-length")) : 0;
        byte[] body = in.readNBytes(length);
        String target = first.length > 1 ? first[1] : "/";
        int q = target.indexOf('?');
        return new Request(first[0], q < 0 ? target : target.substring(0, q), q < 0 ? null : target.substring(q + 1),
                headers, body);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing is all that was wanted
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that was wanted
        }
        open.forEach(HostileServer::closeQuietly);
        watchdog.shutdownNow();
    }
}
