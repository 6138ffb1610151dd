package de.cloudhub.order.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.auth.SessionKeeping;
import de.cloudhub.order.auth.SignInException;
import de.cloudhub.order.ui.signin.SignInViewModel.Phase;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sign-in window's view-model, on one thread: the fake flow's futures are completed by the test, so
 * what they bring arrives on the test thread, which stands in for the FX thread.
 */
class SignInViewModelTest {
    private static final URI ENDPOINT = URI.create("https://order.example.com/api/v1");

    private final List<String> opened = new ArrayList<>();
    private final List<String> happened = new ArrayList<>();
    private final SignInViewModel.Actions actions = new SignInViewModel.Actions() {
        @Override
        public void signedIn() {
            happened.add("signed-in");
        }

        @Override
        public void useDemo() {
            happened.add("demo");
        }

        @Override
        public void changeEndpoint() {
            happened.add("change");
        }
    };

    private SignInViewModel vm(FakeSignInFlow flow) {
        return new SignInViewModel(flow, ENDPOINT, SignInViewModel.Occasion.SIGN_IN, opened::add, Runnable::run,
                actions, true);
    }

    @Test
    void signInWaitsForTheBrowserWithTheLinkOpenedAndToCopy() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        assertThat(vm.getPhase()).isEqualTo(Phase.IDLE);

        vm.signIn();
        assertThat(vm.getPhase()).isEqualTo(Phase.STARTING);
        assertThat(opened).isEmpty();

        flow.started();
        assertThat(vm.getPhase()).isEqualTo(Phase.WAITING);
        assertThat(opened).containsExactly(FakeSignInFlow.AUTHORIZE.toString());
        assertThat(vm.getLink()).isEqualTo(FakeSignInFlow.AUTHORIZE.toString());
        assertThat(happened).isEmpty();
    }

    @Test
    void theBrowsersAnswerSignsInAndTellsTheApp() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        vm.signIn();
        FakeSignInFlow.Pending pending = flow.started();

        pending.succeed();

        assertThat(vm.getPhase()).isEqualTo(Phase.SIGNED_IN);
        assertThat(happened).containsExactly("signed-in");
        assertThat(vm.getLink()).isEqualTo(FakeSignInFlow.AUTHORIZE.toString());
    }

    @Test
    void cancelGivesTheSignInUpAndOffersItAgain() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        vm.signIn();
        FakeSignInFlow.Pending pending = flow.started();

        vm.cancel();

        assertThat(pending.cancelled).isTrue();
        assertThat(vm.getPhase()).isEqualTo(Phase.IDLE);
        assertThat(vm.getLink()).isNull();
        assertThat(vm.getFailureKey()).isNull();
        assertThat(happened).isEmpty();
    }

    @Test
    void aSignInBegunBeforeCancelIsGivenUpWhenItArrivesLate() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        vm.signIn();
        vm.cancel();

        FakeSignInFlow.Pending late = flow.started();

        assertThat(late.cancelled).isTrue();
        assertThat(vm.getPhase()).isEqualTo(Phase.IDLE);
        assertThat(opened).isEmpty();
    }

    @Test
    void theEndOfAnAbandonedSignInDoesNotDisturbTheNextOne() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        vm.signIn();
        FakeSignInFlow.Pending first = flow.started();
        vm.cancel();
        vm.signIn();
        flow.started();

        first.fail(SignInException.Reason.TIMED_OUT);

        assertThat(vm.getPhase()).isEqualTo(Phase.WAITING);
        assertThat(vm.getFailureKey()).isNull();
    }

    @ParameterizedTest
    @EnumSource(SignInException.Reason.class)
    void eachFailureHasItsOwnMessageAndSignInIsOfferedAgain(SignInException.Reason reason) {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        vm.signIn();
        flow.started().fail(reason);

        assertThat(vm.getPhase()).isEqualTo(Phase.FAILED);
        assertThat(vm.getFailureKey()).isEqualTo(SignInViewModel.failureKey(reason));
        assertThat(vm.getLink()).isNull();

        vm.signIn();
        assertThat(vm.getPhase()).isEqualTo(Phase.STARTING);
        assertThat(vm.getFailureKey()).isNull();
    }

    @Test
    void theFailureMessagesAreAllDifferent() {
        assertThat(java.util.Arrays.stream(SignInException.Reason.values()).map(SignInViewModel::failureKey).distinct())
                .hasSize(SignInException.Reason.values().length);
    }

    @Test
    void aServerThatCannotBeReachedFailsAlreadyAtTheBeginning() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        vm.signIn();

        flow.beginFails(SignInException.Reason.UNREACHABLE);

        assertThat(vm.getPhase()).isEqualTo(Phase.FAILED);
        assertThat(vm.getFailureKey()).isEqualTo("signin.failed.unreachable");
        assertThat(opened).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsAFailureToo() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        vm.signIn();

        flow.last().completeExceptionally(new IllegalStateException("boom"));

        assertThat(vm.getPhase()).isEqualTo(Phase.FAILED);
        assertThat(vm.getFailureKey()).isEqualTo("signin.failed.unexpected");
    }

    @Test
    void pressingSignInTwiceBeginsOneSignIn() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);

        vm.signIn();
        vm.signIn();

        assertThat(flow.begun).hasSize(1);
    }

    @Test
    void withAKeyringNothingIsAskedAndTheSessionStays() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);

        assertThat(vm.getKeeping()).isEqualTo(SessionKeeping.KEYRING);
        assertThat(vm.rememberProperty().get()).isFalse();
    }

    @Test
    void withoutAKeyringRememberMeChoosesTheFileAndBack() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.MEMORY);
        SignInViewModel vm = vm(flow);
        assertThat(vm.getKeeping()).isEqualTo(SessionKeeping.MEMORY);
        assertThat(vm.rememberProperty().get()).isFalse();

        vm.rememberProperty().set(true);
        assertThat(flow.remembered).containsExactly(true);
        assertThat(vm.getKeeping()).isEqualTo(SessionKeeping.FILE);

        vm.rememberProperty().set(false);
        assertThat(flow.remembered).containsExactly(true, false);
        assertThat(vm.getKeeping()).isEqualTo(SessionKeeping.MEMORY);
    }

    @Test
    void aSessionAlreadyKeptInTheFileShowsRememberMeChecked() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.FILE);
        SignInViewModel vm = vm(flow);

        assertThat(vm.getKeeping()).isEqualTo(SessionKeeping.FILE);
        assertThat(vm.rememberProperty().get()).isTrue();
        assertThat(flow.remembered).as("showing the choice is no new choice").isEmpty();
    }

    @Test
    void whileTheKeyringIsProbedTheKeepingIsUnknownAndAFailedProbeMeansMemory() {
        FakeSignInFlow flow = new FakeSignInFlow();
        SignInViewModel vm = vm(flow);
        assertThat(vm.getKeeping()).isNull();

        flow.keeping.completeExceptionally(new java.util.concurrent.TimeoutException("probe"));

        assertThat(vm.getKeeping()).isEqualTo(SessionKeeping.MEMORY);
    }

    @Test
    void useTheDemoInsteadGivesUpTheSignInUnderWay() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        vm.signIn();
        FakeSignInFlow.Pending pending = flow.started();

        vm.useDemo();

        assertThat(pending.cancelled).isTrue();
        assertThat(happened).containsExactly("demo");
        vm.changeEndpoint();
        assertThat(happened).containsExactly("demo", "change");
    }

    @Test
    void aCancellationByTheFlowItselfIsNoFailure() {
        FakeSignInFlow flow = new FakeSignInFlow(SessionKeeping.KEYRING);
        SignInViewModel vm = vm(flow);
        vm.signIn();
        flow.started().completion.cancel(false);

        assertThat(vm.getPhase()).isEqualTo(Phase.IDLE);
        assertThat(vm.getFailureKey()).isNull();
    }

    @Test
    void theEndpointIsNamedByItsHost() {
        SignInViewModel vm = new SignInViewModel(new FakeSignInFlow(SessionKeeping.KEYRING),
                URI.create("http://127.0.0.1:18080/api/v1"), SignInViewModel.Occasion.SESSION_ENDED, opened::add,
                Runnable::run, actions, false);

        assertThat(vm.endpointHost()).isEqualTo("127.0.0.1:18080");
        assertThat(vm.occasion()).isEqualTo(SignInViewModel.Occasion.SESSION_ENDED);
        assertThat(vm.offersAlternatives()).isFalse();
        assertThat(vm.endpoint()).isEqualTo(URI.create("http://127.0.0.1:18080/api/v1"));
    }
}
