package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The app's logging set-up in code: what logback.xml said, found by Logback, and the tests' own file winning. */
class ConsoleLoggingTest {

    @Test
    void theAppLogsInfoToTheConsoleAndHoldsTheHeaderLoggersAtInfo() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging.apply(context);

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getAppender("CONSOLE")).isInstanceOf(ConsoleAppender.class);
        assertThat(root.getAppender("CONSOLE").isStarted()).isTrue();
        // even with everything else at DEBUG, the loggers that would print the Authorization header stay at INFO
        root.setLevel(Level.DEBUG);
        for (String name : ConsoleLogging.HEADER_LOGGERS) {
            assertThat(context.getLogger(name).isDebugEnabled()).as(name).isFalse();
        }
        context.stop();
    }

    @Test
    void logbackFindsItAndTheTestsOwnConfigurationWins() {
        assertThat(ServiceLoader.load(Configurator.class)).anyMatch(ConsoleLogging.class::isInstance);
        // logback-test.xml is on the tests' class path: its configuration, not the app's, is used here
        LoggerContext context = new LoggerContext();
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);
        assertThat(logging.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNull();
    }
}
