package de.cloudhub.order.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.Me;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.testing.RecordingDialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** What the account menu offers in each way of being signed in, and the question before leaving the demo. */
class AccountMenuViewModelTest {
    private final List<String> done = new ArrayList<>();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AccountActions actions = new AccountActions() {
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
    };

    private AccountMenuViewModel vm(AccountMenuViewModel.Mode mode) {
        return new AccountMenuViewModel(new SimpleObjectProperty<Me>(), mode, actions, dialogs,
                () -> new I18n(Locale.ENGLISH));
    }

    @Test
    void signedInThroughTheBrowserOffersSignOutAndSwitchAccount() {
        AccountMenuViewModel vm = vm(AccountMenuViewModel.Mode.SIGNED_IN);

        vm.signOut();
        vm.switchAccount();
        vm.leaveDemo();

        assertThat(done).containsExactly("signout", "switch");
        assertThat(vm.offersLeaveDemo()).isFalse();
    }

    @Test
    void aTokenGivenAtTheStartOffersNothingThatCouldNotWork() {
        AccountMenuViewModel vm = vm(AccountMenuViewModel.Mode.TOKEN);

        vm.signOut();
        vm.switchAccount();
        vm.leaveDemo();

        assertThat(done).isEmpty();
        assertThat(vm.offersSignOut() || vm.offersSwitchAccount() || vm.offersLeaveDemo()).isFalse();
    }

    @Test
    void leavingTheDemoAsksFirst() {
        AccountMenuViewModel vm = vm(AccountMenuViewModel.Mode.DEMO);
        dialogs.confirms.add(false);
        dialogs.confirms.add(true);

        vm.leaveDemo();
        assertThat(done).isEmpty();
        vm.leaveDemo();

        assertThat(done).containsExactly("leave-demo");
        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::title)
                .containsExactly("Leave the demo?", "Leave the demo?");
    }

    @Test
    void theRoleIsPutInWords() {
        assertThat(AccountMenuViewModel.roleKey(new Me(null, Me.ROLE_SALES, null))).isEqualTo("account.role.sales");
        assertThat(AccountMenuViewModel.roleKey(new Me(null, Me.ROLE_CUSTOMER, null))).isEqualTo("account.role.customer");
        assertThat(AccountMenuViewModel.roleKey(new Me(null, "auditor", null))).isNull();
    }
}
