package de.cloudhub.order.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The app's logging set-up, in code instead of a {@code logback.xml}: parsing one with Logback's XML
 * configurator cost 150 ms of every start, before the window could begin. INFO and up to the console (the log
 * file in the data folder is added by {@link FileLogging} once the folder is known).
 * <p>
 * HttpClient's header and wire logs print every request header, the Authorization token included: they stay
 * at INFO whatever the root level is, and the API client refuses to start with a token while either is at DEBUG.
 * <p>
 * Found by Logback through {@code META-INF/services}. A configuration of one's own wins: a
 * {@code logback-test.xml} on the class path (the tests') or {@code -Dlogback.configurationFile=…}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    /** The loggers that would print the Authorization header at DEBUG. */
    static final String[] HEADER_LOGGERS = {"org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || ConsoleLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as the app logs: the console at INFO, the header loggers held at INFO. */
    static void apply(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        for (String name : HEADER_LOGGERS) {
            context.getLogger(name).setLevel(Level.INFO);
        }
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
    }
}
