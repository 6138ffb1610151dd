package de.cloudhub.order.ui.signin;

import de.cloudhub.order.api.EndpointRules;
import de.cloudhub.order.ui.common.TaskRunner;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start's choice, when nothing names an endpoint: "Use the demo", or "Connect to your provider"
 * with the API's URL (checked with the client's own {@link EndpointRules}). The choice is saved, so the next
 * start does not ask, and then the app goes on with it.
 */
public final class EndpointChoiceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointChoiceViewModel.class);
    /** Added to a URL given without a path: the API's base path. */
    static final String API_PATH = "/api/v1";

    /** Keeps the choice for the next starts (the app's settings file). Runs off the FX thread. */
    public interface Saving {
        void saveDemo() throws IOException;

        void saveProvider(URI apiUrl) throws IOException;
    }

    /** What the app does with the choice (also when it could not be saved: it holds for this start). */
    public interface Chosen {
        void demo();

        void provider(URI apiUrl);
    }

    private final TaskRunner tasks;
    private final Saving saving;
    private final Chosen chosen;
    private final String settingsFile;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ReadOnlyObjectWrapper<EndpointRules.Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param settingsFile where the choice is kept, shown in the window
     * @param initialUrl   the URL to start with (a setting that could not be used, or the build's default), or ""
     */
    public EndpointChoiceViewModel(TaskRunner tasks, Saving saving, Chosen chosen, String settingsFile,
                                   String initialUrl) {
        this.tasks = Objects.requireNonNull(tasks);
        this.saving = Objects.requireNonNull(saving);
        this.chosen = Objects.requireNonNull(chosen);
        this.settingsFile = Objects.requireNonNull(settingsFile);
        url.set(Objects.requireNonNull(initialUrl).strip());
        // a problem is shown after Connect; typing again takes it away until the next Connect
        url.addListener((o, was, now) -> problem.set(null));
        if (!url.get().isEmpty()) {
            problem.set(check(url.get()).problem());
        }
    }

    /** "Use the demo". */
    public void useDemo() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            saving.saveDemo();
            return null;
        }, done -> {
            LOG.info("First start: the demo was chosen");
            chosen.demo();
        }, failed -> {
            LOG.warn("The demo choice could not be saved; it holds for this start", failed);
            chosen.demo();
        });
    }

    /** "Connect": checks the URL; when it can be used, saves it and goes on. */
    public void connect() {
        if (busy.get() || !canConnect()) {
            return;
        }
        Checked checked = check(url.get());
        problem.set(checked.problem());
        if (checked.url() == null) {
            return;
        }
        URI apiUrl = checked.url();
        busy.set(true);
        tasks.run(() -> {
            saving.saveProvider(apiUrl);
            return null;
        }, done -> {
            LOG.info("First start: the provider at {} was chosen", apiUrl);
            chosen.provider(apiUrl);
        }, failed -> {
            LOG.warn("The provider choice could not be saved; it holds for this start", failed);
            chosen.provider(apiUrl);
        });
    }

    /** A URL and no problem, or a problem and no URL. */
    record Checked(URI url, EndpointRules.Problem problem) {
    }

    /** The API URL {@code text} stands for ({@code /api/v1} added when it names no path), or why it cannot be used. */
    static Checked check(String text) {
        String given = text.strip();
        Optional<EndpointRules.Problem> wrong = EndpointRules.problem(given);
        if (wrong.isPresent()) {
            return new Checked(null, wrong.get());
        }
        try {
            URI uri = new URI(given);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.isEmpty() || path.equals("/")) {
                uri = new URI(uri.getScheme(), uri.getRawAuthority(), API_PATH, null, null);
            } else if (path.endsWith("/")) {
                uri = URI.create(given.substring(0, given.length() - 1));
            }
            return new Checked(uri, null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Checked(null, EndpointRules.Problem.NOT_ABSOLUTE);
        }
    }

    /** The message key for a problem. */
    static String problemKey(EndpointRules.Problem problem) {
        return switch (problem) {
            case NOT_ABSOLUTE -> "endpoint.problem.not-absolute";
            case USER_INFO -> "endpoint.problem.user-info";
            case QUERY_OR_FRAGMENT -> "endpoint.problem.query";
            case PLAIN_HTTP -> "endpoint.problem.plain-http";
            case NOT_HTTPS -> "endpoint.problem.not-https";
        };
    }

    /** The URL as typed. */
    public StringProperty urlProperty() {
        return url;
    }

    /** Connect is offered once something is typed. */
    public boolean canConnect() {
        return !url.get().isBlank();
    }

    /** Why the URL cannot be used (after Connect), null while none is known. */
    public ReadOnlyObjectProperty<EndpointRules.Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The message key of {@link #problemProperty()}, null when there is none. */
    public String problemKey() {
        return problem.get() == null ? null : problemKey(problem.get());
    }

    /** True once a choice is being saved: the window takes no second one. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public String settingsFile() {
        return settingsFile;
    }
}
