package de.cloudhub.order.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A child JVM for {@link SingleInstanceTest}; its standard output is how it talks to the test.
 * {@code first DIR}: acquires the instance for DIR, prints {@code first}, then {@code request FILE|-}
 * for every request it receives. {@code hung DIR}: holds the lock and a socket that never answers,
 * prints {@code hung}. Both run until their standard input closes (or they are killed).
 */
public final class InstanceChild {
    private InstanceChild() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Files.createDirectories(Path.of(args[1]));
        if (args[0].equals("hung")) {
            try (FileChannel lock = FileChannel.open(dataDir.resolve(SingleInstance.LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 ServerSocketChannel mute = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                lock.lock();
                Files.deleteIfExists(dataDir.resolve(SingleInstance.SOCKET_FILE));
                mute.bind(UnixDomainSocketAddress.of(dataDir.resolve(SingleInstance.SOCKET_FILE)));
                say("hung");
                holdUntilStdinCloses();
            }
            return;
        }
        SingleInstance.Outcome outcome = SingleInstance.acquire(dataDir, InstanceRequest.show());
        if (!(outcome instanceof SingleInstance.First first)) {
            say("not-first " + outcome);
            return;
        }
        first.instance().onRequest(request -> say("request " + request.fileToOpen().map(Path::toString).orElse("-")));
        say("first");
        holdUntilStdinCloses();
        first.instance().close();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void holdUntilStdinCloses() throws IOException {
        while (System.in.read() >= 0) {
            // only the end of the input matters
        }
    }
}
