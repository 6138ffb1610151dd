package de.cloudhub.order.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens links in the browser; when no browser takes one, shows the link with a Copy button (through
 * the {@link DialogService}) instead of doing nothing visible. Callers decide before which links may
 * be opened at all.
 */
public final class FallbackLinkOpener implements LinkOpener {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackLinkOpener.class);

    private final Browser browser;
    private final Executor uiThread;
    private final DialogService dialogs;
    private final Supplier<I18n> i18n;

    public FallbackLinkOpener(Browser browser, Executor uiThread, DialogService dialogs, Supplier<I18n> i18n) {
        this.browser = Objects.requireNonNull(browser, "browser");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    @Override
    public void open(String url) {
        browser.browse(url).exceptionally(error -> {
            LOG.warn("Could not hand {} to a browser", WebLinks.forLog(url), error);
            return false;
        }).thenAcceptAsync(opened -> {
            if (!Boolean.TRUE.equals(opened)) {
                LOG.info("No browser took {}; showing the link instead", WebLinks.forLog(url));
                I18n t = i18n.get();
                dialogs.showLink(t.t("link.not-opened.title"), t.t("link.not-opened.message"), url);
            }
        }, uiThread);
    }
}
