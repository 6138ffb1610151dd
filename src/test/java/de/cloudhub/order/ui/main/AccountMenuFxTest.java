package de.cloudhub.order.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.UserInfo;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.testing.RecordingDialogService;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

/** The account menu of a session signed in through the browser: who, Switch account, Sign out. */
@ExtendWith(ApplicationExtension.class)
class AccountMenuFxTest extends FxRobot {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private Stage stage;
    private final List<String> done = new CopyOnWriteArrayList<>();
    private final SimpleObjectProperty<Me> me = new SimpleObjectProperty<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AccountMenuViewModel vm = new AccountMenuViewModel(me, AccountMenuViewModel.Mode.SIGNED_IN, new AccountActions() {
            @Override
            public void signOut() {
                done.add("signout");
            }

            @Override
            public void switchAccount() {
                done.add("switch");
            }

            @Override
            public void leaveDemo() {
                done.add("leave-demo");
            }
        }, new RecordingDialogService(), () -> new I18n(Locale.ENGLISH));
        Scene scene = new Scene(new HBox(new AccountMenu(vm, new I18n(Locale.ENGLISH)).node()), 600, 400);
        scene.getStylesheets().add(getClass().getResource("/de/cloudhub/order/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void open(String item) {
        clickOn("#account-menu");
        Wait.onFx(item, WAIT, () -> lookup(item).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    @Test
    void theMenuNamesWhoIsSignedInOnceTheServerSaid() {
        assertThat(FxThread.call(() -> lookup("#account-menu").queryAs(MenuButton.class).getText())).isEqualTo("Account");

        FxThread.run(() -> me.set(new Me(new UserInfo("u-7", "Sam Sales", "sam@cloudhub.example"), Me.ROLE_SALES, null)));
        open("#signout");

        assertThat(FxThread.call(() -> lookup("#account-menu").queryAs(MenuButton.class).getText())).isEqualTo("SS");
        assertThat(FxThread.call(() -> lookup("#account-name").queryAs(Label.class).getText())).isEqualTo("Sam Sales");
        assertThat(FxThread.call(() -> lookup("#account-email").queryAs(Label.class).getText()))
                .isEqualTo("sam@cloudhub.example");
        assertThat(FxThread.call(() -> lookup("#account-role").queryAs(Label.class).getText())).isEqualTo("Sales");
        assertThat(FxThread.call(() -> lookup("#account-customer").queryAs(Label.class).isVisible())).isFalse();
        assertThat(lookup("#leave-demo").tryQuery()).isEmpty();
        FxThread.run(() -> lookup("#account-menu").queryAs(MenuButton.class).hide());
    }

    @Test
    void signOutAndSwitchAccountGoToTheApp() {
        FxThread.run(() -> me.set(new Me(new UserInfo("u-1", "Erika Mustermann", "erika@muster.example"),
                Me.ROLE_CUSTOMER, new CustomerRef("c-1", "K-100231", "Muster GmbH"))));
        open("#switch-account");
        assertThat(FxThread.call(() -> lookup("#account-customer").queryAs(Label.class).getText()))
                .isEqualTo("Customer: Muster GmbH (K-100231)");
        clickOn("#switch-account");
        Wait.until("switch account handed to the app", WAIT, () -> done.equals(List.of("switch")));

        open("#signout");
        clickOn("#signout");
        Wait.until("sign out handed to the app", WAIT, () -> done.equals(List.of("switch", "signout")));
    }
}
