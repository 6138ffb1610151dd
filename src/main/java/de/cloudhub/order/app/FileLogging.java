package de.cloudhub.order.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Adds a rolling log file below {@code <data-dir>/logs/} to the root logger. Done in code rather than
 * in {@link ConsoleLogging} because the folder follows {@code --data-dir}, which is known only after parsing.
 */
final class FileLogging implements AutoCloseable {
    static final String FILE_NAME = "cloudhub-order.log";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(FileLogging.class);

    private final RollingFileAppender<ILoggingEvent> appender;
    private final Logger root;

    private FileLogging(RollingFileAppender<ILoggingEvent> appender, Logger root) {
        this.appender = appender;
        this.root = root;
    }

    /** Starts writing to {@code logDir/cloudhub-order.log}; a no-op when Logback is not the binding. */
    static FileLogging start(Path logDir) {
        Objects.requireNonNull(logDir);
        // while Logback is still setting itself up, SLF4J's factory is a stand-in, not Logback's
        LoggingStart.awaitReady();
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            LOG.warn("Logback is not the logging backend; no log file is written");
            return new FileLogging(null, null);
        }
        String file = logDir.resolve(FILE_NAME).toString();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE-" + file);
        appender.setFile(file);
        appender.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(logDir.resolve("cloudhub-order.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();

        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        return new FileLogging(appender, root);
    }

    @Override
    public void close() {
        if (appender != null) {
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
