package de.cloudhub.order.ui.wizard.billing;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.testing.MemoryBillingCache;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.ordering.CheckoutSandbox;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.WizardPage;
import de.cloudhub.order.ui.wizard.service.PageHarness;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The billing page as a person sees it without a connection: the kept profiles with their date, or why none. */
@ExtendWith(ApplicationExtension.class)
class BillingPageOfflineFxTest {
    private static final Instant SEEN = Instant.parse("2026-11-28T16:40:00Z");

    private final CheckoutSandbox sandbox = new CheckoutSandbox();
    private final ApiClient online = sandbox.client(SandboxDemo.CUSTOMER_TOKEN);
    private final ApiClient unreachable = PageHarness.unreachableApi();
    private final MemoryBillingCache cache = new MemoryBillingCache(Clock.fixed(SEEN, ZoneOffset.UTC));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        online.close();
        unreachable.close();
        sandbox.close();
    }

    /** The customer's billing page with the server out of reach, after an earlier visit online when {@code seenBefore}. */
    private Node showOffline(FxRobot robot, Locale locale, boolean seenBefore) {
        Node[] view = new Node[1];
        robot.interact(() -> {
            if (seenBefore) {
                new BillingViewModel(order(), online, cache, new DirectTaskRunner()).onEnter();
            }
            WizardPage page = BillingPage.create(PageHarness.context(order(), unreachable, new DirectTaskRunner(), cache));
            view[0] = PageHarness.show(stage, page, locale);
            page.viewModel().onEnter();
        });
        return view[0];
    }

    private OrderState order() {
        OrderState state = sandbox.filledState(online);
        state.billingProfileIdProperty().set(null);
        return state;
    }

    private static String seenText(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(SEEN);
    }

    @Test
    void theProfilesSeenBeforeAreListedWithTheOfflineMarkAndTheirDate(FxRobot robot) {
        Node view = showOffline(robot, Locale.ENGLISH, true);

        Label status = robot.lookup("#billing-profiles-status").queryAs(Label.class);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).startsWith("Offline — billing profiles as last seen on " + seenText(Locale.ENGLISH) + ".");
        assertThat(robot.lookup("#billing-profile-choice").queryAs(ListView.class).getItems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(robot.lookup("#billing-profiles-retry").queryAs(Button.class).isVisible()).isTrue();

        robot.clickOn("#billing-profile-choice .list-cell");
        assertThat(robot.lookup("#billing-profile-choice").queryAs(ListView.class).getSelectionModel().getSelectedItem())
                .isNotNull();
        robot.interact(() -> PageHarness.screenshot(view, "billing-offline-seen-en"));
    }

    @Test
    void inGermanTheMarkSaysTheSame(FxRobot robot) {
        Node view = showOffline(robot, Locale.GERMAN, true);

        assertThat(robot.lookup("#billing-profiles-status").queryAs(Label.class).getText())
                .startsWith("Offline – Rechnungsprofile mit dem Stand vom " + seenText(Locale.GERMAN) + ".");
        robot.interact(() -> PageHarness.screenshot(view, "billing-offline-seen-de"));
    }

    @Test
    void profilesNeverSeenSayTheyNeedAConnectionAndOfferRetry(FxRobot robot) {
        Node view = showOffline(robot, Locale.ENGLISH, false);

        Label status = robot.lookup("#billing-profiles-status").queryAs(Label.class);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).contains("never been loaded on this computer", "needs a connection to the server");
        assertThat(robot.lookup("#billing-profiles-retry").queryAs(Button.class).isVisible()).isTrue();
        assertThat(robot.lookup("#billing-profile-choice").query().isVisible()).isFalse();
        robot.interact(() -> PageHarness.screenshot(view, "billing-offline-never-seen-en"));

        robot.clickOn("#billing-new");
        assertThat(robot.lookup("#billing-company").query().isVisible()).isTrue();
    }
}
