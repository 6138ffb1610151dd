package de.cloudhub.order.ui.common;

import de.cloudhub.order.api.ApiFailure;
import java.time.Duration;
import java.util.Objects;

/**
 * What a person reads about a failed API call: the one table from {@link ApiFailure} kinds to
 * sentences (bundle {@code failures}), each saying what happened ({@code failure.<kind>}) and what to
 * do ({@code failure.<kind>.advice}). Every view and view-model takes its failure sentences from here;
 * an exception's own message is for the log only. A value without a locale: a view-model keeps it, the
 * view puts it into words ({@link #text(I18n)}, or as a {@link I18n.Localizable} argument of a larger sentence).
 *
 * @param retryAfter how long the server asked to wait (429), or null
 */
public record FailureMessage(ApiFailure kind, Duration retryAfter) implements I18n.Localizable {
    public FailureMessage {
        Objects.requireNonNull(kind, "kind");
        retryAfter = retryAfter == null || retryAfter.isNegative() || retryAfter.isZero() ? null : retryAfter;
    }

    public static FailureMessage of(Throwable failure) {
        return new FailureMessage(ApiFailure.of(failure), ApiFailure.retryAfter(failure).orElse(null));
    }

    public static FailureMessage of(ApiFailure kind) {
        return new FailureMessage(kind, null);
    }

    /** The table: the key stem of each kind's sentences. A new kind does not compile until it has one. */
    static String stem(ApiFailure kind) {
        return "failure." + switch (kind) {
            case UNREACHABLE -> "unreachable";
            case TIMEOUT -> "timeout";
            case RATE_LIMITED -> "rate-limited";
            case SIGNED_OUT -> "signed-out";
            case NO_ACCESS -> "no-access";
            case NOT_FOUND -> "not-found";
            case REFUSED -> "refused";
            case PRICE_CHANGED -> "price-changed";
            case IN_PROGRESS -> "in-progress";
            case SERVER_ERROR -> "server-error";
            case BROKEN_ANSWER -> "broken-answer";
            case OTHER -> "other";
        };
    }

    /** Key of the sentence saying what happened. */
    public String whatKey() {
        return stem(kind);
    }

    /** Key of the sentence saying what to do (for a rate limit with a known pause, how long to wait). */
    public String adviceKey() {
        return stem(kind) + ".advice" + (kind == ApiFailure.RATE_LIMITED && retryAfter != null ? ".wait" : "");
    }

    /** What happened, one sentence; for places that say themselves what happens next (the app retries by itself). */
    public String what(I18n i18n) {
        return i18n.t(whatKey());
    }

    /** What to do, one sentence. */
    public String advice(I18n i18n) {
        return kind == ApiFailure.RATE_LIMITED && retryAfter != null
                ? i18n.t(adviceKey(), waitSeconds()) : i18n.t(adviceKey());
    }

    /** What happened and what to do. */
    public String text(I18n i18n) {
        return i18n.t("failure.message", what(i18n), advice(i18n));
    }

    @Override
    public String in(I18n i18n) {
        return text(i18n);
    }

    /** The server's pause in whole seconds, rounded up, so "wait 1 second" never means 1.4 s. */
    private long waitSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
