package de.cloudhub.order.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One app per data folder. The first start takes an OS file lock on {@value #LOCK_FILE} below the
 * data folder and holds it for the process's life (the OS releases it when the process dies, so a
 * crash leaves nothing that blocks the next start), and listens on a local socket: the Unix-domain
 * socket {@value #SOCKET_FILE} on Linux and macOS, or loopback TCP on Windows and wherever the socket's
 * path would not fit into {@code sun_path}, with the address and a secret in {@value #PORT_FILE}. A
 * second start finds the lock held, hands its {@link InstanceRequest} over as one JSON line, waits for
 * the acknowledgement, and ends.
 */
public final class SingleInstance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);

    static final String LOCK_FILE = "instance.lock";
    static final String SOCKET_FILE = "instance.sock";
    static final String PORT_FILE = "instance.port";

    /** How long a second start keeps trying while the lock is held but nobody answers (the first may be starting). */
    public static final Duration PATIENCE = Duration.ofSeconds(5);

    /** One exchange of a request and its acknowledgement, either side. */
    static final Duration CONVERSATION = Duration.ofSeconds(2);

    /** {@code sun_path} holds 108 bytes on Linux and 104 on macOS, with the closing NUL; stay below both. */
    static final int MAX_SOCKET_PATH_BYTES = 100;

    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);
    private static final int PROTOCOL = 1;

    /** Jackson only when a message is written or read: the first start on a Unix socket never needs it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * The lock files this JVM holds. On POSIX systems closing any channel on a file drops every lock the
     * process has on it, so this process must never open a second channel on a lock file it holds;
     * like the OS's locks, this set belongs to the process.
     */
    private static final Set<Path> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    /** What {@link #acquire} found. */
    public sealed interface Outcome permits First, HandedOver, NotAnswering {
    }

    /** This process is the data folder's app; it holds the lock until {@link SingleInstance#close()}. */
    public record First(SingleInstance instance) implements Outcome {
    }

    /** The running app received the request; this start ends. */
    public record HandedOver() implements Outcome {
    }

    /** The lock is held, but the app holding it did not answer within the patience. */
    public record NotAnswering(Path dataDir) implements Outcome {
        /** The one line for the person. */
        public String message() {
            return "Cloudhub Order is already running with the data folder " + dataDir + " but does not answer."
                    + " Wait a moment and start it again; if it still does not answer, end the running Cloudhub"
                    + " Order (it may hang) or choose another folder with --data-dir DIR.";
        }
    }

    private final Path dataDir;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocketChannel server;
    private final Path endpointFile;
    private final String secret;
    private final Thread listener;
    /** Where a second start reaches this instance (for the log), or null when it cannot. */
    private final String listening;
    private final List<InstanceRequest> waiting = new ArrayList<>();
    private Consumer<InstanceRequest> handler;
    private volatile boolean closed;

    private SingleInstance(Path dataDir, Path lockFile, FileChannel lockChannel, FileLock lock, Endpoint endpoint) {
        this.dataDir = dataDir;
        this.lockFile = lockFile;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = endpoint == null ? null : endpoint.server();
        this.endpointFile = endpoint == null ? null : endpoint.file();
        this.secret = endpoint == null ? null : endpoint.secret();
        this.listening = endpoint == null ? null : endpoint.describe();
        if (server == null) {
            this.listener = null;
        } else {
            this.listener = new Thread(this::listen, "cloudhub-instance-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    /** {@link #acquire(Path, InstanceRequest, Duration)} with the usual {@link #PATIENCE}. */
    public static Outcome acquire(Path dataDir, InstanceRequest request) {
        return acquire(dataDir, request, PATIENCE);
    }

    /**
     * Becomes the data folder's app, or hands {@code request} to the one that is. {@code dataDir} must
     * exist (see {@link DataFolder#prepare}). Throws {@link StartupException} when the lock file cannot
     * be opened at all.
     */
    public static Outcome acquire(Path dataDir, InstanceRequest request, Duration patience) {
        Objects.requireNonNull(request, "request");
        Path folder = real(dataDir.toAbsolutePath().normalize());
        Path lockFile = folder.resolve(LOCK_FILE);
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<SingleInstance> first = tryLock(folder, lockFile);
            if (first.isPresent()) {
                return new First(first.get());
            }
            if (handOver(folder, request)) {
                // this start ends here: no need to hurry, and nothing logged while Logback sets up is replayed
                LoggingStart.awaitReady();
                LOG.info("Handed the start over to the Cloudhub Order running with {}", folder);
                return new HandedOver();
            }
            if (System.nanoTime() - deadline >= 0 || !pause()) {
                LoggingStart.awaitReady();
                LOG.warn("The Cloudhub Order holding {} does not answer", lockFile);
                return new NotAnswering(folder);
            }
        }
    }

    /** Asks for requests from later starts; the ones that came before this call are delivered at once. */
    public void onRequest(Consumer<InstanceRequest> handler) {
        Objects.requireNonNull(handler, "handler");
        List<InstanceRequest> before;
        synchronized (this) {
            this.handler = handler;
            before = List.copyOf(waiting);
            waiting.clear();
        }
        before.forEach(handler);
    }

    /** For the log: which data folder this instance holds, and where a second start reaches it. */
    public String describe() {
        return "This is the Cloudhub Order for " + dataDir
                + (listening == null ? "; a second start is not detected" : "; listening on " + listening);
    }

    /** The data folder this instance holds. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops listening, removes the socket or port file and releases the lock. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (server != null) {
                server.close();
                listener.join(TimeUnit.SECONDS.toMillis(2));
                Files.deleteIfExists(endpointFile);
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove {}", endpointFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release();
        }
    }

    private void release() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOG.warn("Cannot release the lock {}", lockFile, e);
        } finally {
            HELD_BY_THIS_PROCESS.remove(lockFile);
        }
    }

    // ---- the first start ----

    /** The lock and a listening socket, or empty when another app holds the lock. */
    private static Optional<SingleInstance> tryLock(Path folder, Path lockFile) {
        if (!HELD_BY_THIS_PROCESS.add(lockFile)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException e) {
                // file systems without locks (some network mounts): the app still starts, unguarded
                LoggingStart.awaitReady();
                LOG.warn("Cannot lock {} ({}); a second start with this data folder is not detected", lockFile,
                        e.toString());
                return Optional.of(new SingleInstance(folder, lockFile, channel, null, null));
            }
            if (lock == null) {
                channel.close();
                HELD_BY_THIS_PROCESS.remove(lockFile);
                return Optional.empty();
            }
            Endpoint endpoint;
            try {
                endpoint = Endpoint.listen(folder);
            } catch (IOException e) {
                closeQuietly(channel);
                HELD_BY_THIS_PROCESS.remove(lockFile);
                throw new StartupException("The data folder " + folder + " cannot be used: no local socket for a"
                        + " second start can be opened there (" + e.getMessage() + "). Choose another folder with"
                        + " --data-dir DIR.");
            }
            return Optional.of(new SingleInstance(folder, lockFile, channel, lock, endpoint));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            HELD_BY_THIS_PROCESS.remove(lockFile);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_BY_THIS_PROCESS.remove(lockFile);
            throw new StartupException("The data folder " + folder + " cannot be used: cannot lock " + lockFile
                    + " (" + e.getMessage() + "). Choose a folder you can write to with --data-dir DIR.");
        }
    }

    private void listen() {
        while (!closed) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Cannot accept a request from a second start", e);
                }
                return;
            }
            answer(channel).ifPresent(this::deliver);
        }
    }

    /** Reads one request, acknowledges it, and closes the connection; empty for anything not a request. */
    private Optional<InstanceRequest> answer(SocketChannel channel) {
        try (InstanceConversation conversation = InstanceConversation.accepted(channel, CONVERSATION)) {
            JsonNode message = Json.MAPPER.readTree(conversation.receive());
            if (message == null || message.path("protocol").asInt() != PROTOCOL
                    || (secret != null && !secret.equals(message.path("secret").asText(null)))) {
                LOG.warn("Ignored a message on the instance socket that is not a request of this app");
                conversation.send("{\"ok\":false}");
                return Optional.empty();
            }
            String file = message.path("file").asText(null);
            InstanceRequest request = file == null ? InstanceRequest.show() : InstanceRequest.open(Path.of(file));
            conversation.send("{\"ok\":true}");
            return Optional.of(request);
        } catch (IOException | RuntimeException e) {
            LOG.warn("A request from a second start failed: {}", e.toString());
            return Optional.empty();
        }
    }

    private void deliver(InstanceRequest request) {
        LOG.info("A second start asks to show the window{}",
                request.fileToOpen().map(f -> " and open " + f).orElse(""));
        Consumer<InstanceRequest> to;
        synchronized (this) {
            to = handler;
            if (to == null) {
                waiting.add(request);
                return;
            }
        }
        try {
            to.accept(request);
        } catch (RuntimeException e) {
            LOG.error("Handling the request of a second start failed", e);
        }
    }

    // ---- a second start ----

    /** True when the running app acknowledged {@code request}. */
    private static boolean handOver(Path folder, InstanceRequest request) {
        Optional<Target> target = Target.find(folder);
        if (target.isEmpty()) {
            return false;
        }
        ObjectNode message = Json.MAPPER.createObjectNode();
        message.put("protocol", PROTOCOL);
        target.get().secret().ifPresent(s -> message.put("secret", s));
        message.put("show", true);
        request.fileToOpen().ifPresent(file -> message.put("file", file.toString()));
        try (InstanceConversation conversation = InstanceConversation.connect(target.get().address(), CONVERSATION)) {
            conversation.send(Json.MAPPER.writeValueAsString(message));
            return Json.MAPPER.readTree(conversation.receive()).path("ok").asBoolean(false);
        } catch (IOException | RuntimeException e) {
            LOG.debug("No answer from {}: {}", target.get().address(), e.toString());
            return false;
        }
    }

    /** Where the running app listens, read from the files below the data folder. */
    private record Target(SocketAddress address, Optional<String> secret) {
        static Optional<Target> find(Path folder) {
            Path socket = folder.resolve(SOCKET_FILE);
            if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(socket, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(new Target(UnixDomainSocketAddress.of(socket), Optional.empty()));
            }
            Path portFile = folder.resolve(PORT_FILE);
            if (!Files.isRegularFile(portFile)) {
                return Optional.empty();
            }
            try {
                JsonNode port = Json.MAPPER.readTree(Files.readString(portFile, StandardCharsets.UTF_8));
                InetAddress host = InetAddress.getByName(port.path("host").asText());
                if (!host.isLoopbackAddress()) {
                    return Optional.empty();
                }
                return Optional.of(new Target(new InetSocketAddress(host, port.path("port").asInt()),
                        Optional.ofNullable(port.path("secret").asText(null))));
            } catch (IOException | RuntimeException e) {
                // being written or left over: the next round reads it again
                return Optional.empty();
            }
        }
    }

    /** The first start's listening socket and the file below the data folder that names it. */
    private record Endpoint(ServerSocketChannel server, Path file, String secret) {
        static Endpoint listen(Path folder) throws IOException {
            Path socket = folder.resolve(SOCKET_FILE);
            Path portFile = folder.resolve(PORT_FILE);
            // left by a process that died: the lock says nobody else is here
            Files.deleteIfExists(socket);
            Files.deleteIfExists(portFile);
            if (unixSocketFits(socket)) {
                ServerSocketChannel server = null;
                try {
                    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                    server.bind(UnixDomainSocketAddress.of(socket));
                    ownerOnly(socket);
                    return new Endpoint(server, socket, null);
                } catch (IOException | UnsupportedOperationException e) {
                    LOG.info("Cannot listen on the Unix-domain socket {} ({}); using loopback TCP", socket, e.toString());
                    closeQuietly(server);
                    Files.deleteIfExists(socket);
                }
            }
            return loopback(folder, portFile);
        }

        private static Endpoint loopback(Path folder, Path portFile) throws IOException {
            ServerSocketChannel server = ServerSocketChannel.open();
            try {
                InetAddress host = InetAddress.getLoopbackAddress();
                server.bind(new InetSocketAddress(host, 0), 8);
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String secret = HexFormat.of().formatHex(random);
                ObjectNode content = Json.MAPPER.createObjectNode();
                content.put("host", host.getHostAddress());
                content.put("port", ((InetSocketAddress) server.getLocalAddress()).getPort());
                content.put("secret", secret);
                Path written = Files.createTempFile(folder, ".instance-", ".tmp");
                try {
                    ownerOnly(written);
                    Files.writeString(written, Json.MAPPER.writeValueAsString(content), StandardCharsets.UTF_8);
                    Files.move(written, portFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(written);
                }
                return new Endpoint(server, portFile, secret);
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
        }

        String describe() {
            return secret == null ? file.toString() : "loopback TCP (" + file + ")";
        }
    }

    /** The folder with symbolic links resolved, so one folder has one lock file in {@link #HELD_BY_THIS_PROCESS}. */
    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /** The Unix-domain socket where there is one and its path fits; loopback TCP otherwise. */
    static boolean unixSocketFits(Path socket) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return !windows && socket.toString().getBytes(StandardCharsets.UTF_8).length < MAX_SOCKET_PATH_BYTES;
    }

    /** Only this user may connect or read the secret (where the file system knows POSIX modes). */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            LOG.debug("Closing failed", e);
        }
    }

    /** Waits a moment before the next try; false when interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
