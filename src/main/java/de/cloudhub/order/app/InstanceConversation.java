package de.cloudhub.order.app;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One short exchange of single lines over a local socket (Unix-domain or loopback TCP), every step
 * bounded by one deadline: a peer that hangs or never answers costs at most that long. Channels of
 * both families have no read timeout of their own, hence the selector.
 */
final class InstanceConversation implements AutoCloseable {
    /** A request or an answer is one small line; anything longer is not from Cloudhub Order. */
    static final int MAX_LINE_BYTES = 16 * 1024;

    private final SocketChannel channel;
    private final Selector selector;
    private final SelectionKey key;
    private final long deadline;

    private InstanceConversation(SocketChannel channel, Duration timeout) throws IOException {
        this.channel = channel;
        this.deadline = System.nanoTime() + timeout.toNanos();
        channel.configureBlocking(false);
        this.selector = Selector.open();
        this.key = channel.register(selector, 0);
    }

    /** Connects to {@code address} (a Unix-domain or an inet address) within {@code timeout}. */
    static InstanceConversation connect(SocketAddress address, Duration timeout) throws IOException {
        SocketChannel channel = SocketChannel.open(address instanceof UnixDomainSocketAddress
                ? StandardProtocolFamily.UNIX : familyOf(address));
        try {
            InstanceConversation conversation = new InstanceConversation(channel, timeout);
            if (!channel.connect(address)) {
                conversation.await(SelectionKey.OP_CONNECT);
                while (!channel.finishConnect()) {
                    conversation.await(SelectionKey.OP_CONNECT);
                }
            }
            return conversation;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A conversation on a channel the listener accepted. */
    static InstanceConversation accepted(SocketChannel channel, Duration timeout) throws IOException {
        try {
            return new InstanceConversation(channel, timeout);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static ProtocolFamily familyOf(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() instanceof Inet6Address) {
            return StandardProtocolFamily.INET6;
        }
        return StandardProtocolFamily.INET;
    }

    /** Sends {@code line} (without a line break) and the line break. */
    void send(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            if (channel.write(bytes) == 0) {
                await(SelectionKey.OP_WRITE);
            }
        }
    }

    /** Reads one line (without its line break); the peer sends nothing after it. */
    String receive() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        while (true) {
            buffer.clear();
            int read = channel.read(buffer);
            if (read < 0) {
                throw new EOFException("The other side closed the connection before a whole line");
            }
            if (read == 0) {
                await(SelectionKey.OP_READ);
                continue;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                byte b = buffer.get();
                if (b == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
            if (line.size() > MAX_LINE_BYTES) {
                throw new IOException("A line longer than " + MAX_LINE_BYTES + " bytes");
            }
        }
    }

    private void await(int operation) throws IOException {
        key.interestOps(operation);
        long left = deadline - System.nanoTime();
        if (left <= 0 || selector.select(Math.max(1, Duration.ofNanos(left).toMillis())) == 0
                && System.nanoTime() - deadline >= 0) {
            throw new SocketTimeoutException("No answer in time");
        }
        selector.selectedKeys().clear();
    }

    @Override
    public void close() throws IOException {
        try {
            selector.close();
        } finally {
            channel.close();
        }
    }
}
