package de.cloudhub.order.ui.common;

import de.cloudhub.order.model.Problem;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All text the user sees, for one locale. Keys live in several bundles below
 * {@code de/cloudhub/order/i18n/} (one per area, so that areas do not edit the same file); a key is
 * looked up in each in turn. A missing key shows as {@code !key!} and is logged, so tests can find it.
 */
public final class I18n {
    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    public static final List<String> BUNDLES =
            List.of("app", "wizard", "choices", "checkout", "status", "problems", "failures", "drafts", "signin");
    public static final String BUNDLE_PACKAGE = "de.cloudhub.order.i18n.";
    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public I18n(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(BUNDLE_PACKAGE + name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
                .toList();
    }

    /** German on a German system, English otherwise. */
    public static Locale defaultLocale() {
        return "de".equals(Locale.getDefault().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /**
     * A value that is itself a sentence for the user (e.g. a {@link FailureMessage}): as an argument of
     * {@link #t}, it is put into words in the same locale, so a view-model can hand it on without a locale.
     */
    public interface Localizable {
        String in(I18n i18n);
    }

    /** The text of {@code key}, with MessageFormat arguments when given ({@link Localizable} ones in words). */
    public String t(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                try {
                    String pattern = bundle.getString(key);
                    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(inWords(args));
                } catch (MissingResourceException | IllegalArgumentException e) {
                    LOG.warn("Bad i18n entry {}", key, e);
                }
            }
        }
        LOG.warn("Missing i18n key {} for {}", key, locale);
        return "!" + key + "!";
    }

    private Object[] inWords(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Localizable l) {
                out[i] = l.in(this);
            }
        }
        return out;
    }

    /** The user's sentence for a validation problem. */
    public String problem(Problem problem) {
        return t(problem.code(), problem.arguments().toArray());
    }
}
