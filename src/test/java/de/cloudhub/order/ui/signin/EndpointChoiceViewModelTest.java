package de.cloudhub.order.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.EndpointRules;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first start's choice of endpoint: the URL checked with the client's rules, the choice saved, then on. */
class EndpointChoiceViewModelTest {
    private final List<String> saved = new ArrayList<>();
    private final List<String> chosen = new ArrayList<>();
    private boolean savingFails;

    private final EndpointChoiceViewModel.Saving saving = new EndpointChoiceViewModel.Saving() {
        @Override
        public void saveDemo() throws IOException {
            fail();
            saved.add("demo");
        }

        @Override
        public void saveProvider(URI apiUrl) throws IOException {
            fail();
            saved.add(apiUrl.toString());
        }

        private void fail() throws IOException {
            if (savingFails) {
                throw new IOException("read-only");
            }
        }
    };
    private final EndpointChoiceViewModel.Chosen next = new EndpointChoiceViewModel.Chosen() {
        @Override
        public void demo() {
            chosen.add("demo");
        }

        @Override
        public void provider(URI apiUrl) {
            chosen.add(apiUrl.toString());
        }
    };

    private EndpointChoiceViewModel vm(String initial) {
        return new EndpointChoiceViewModel(new DirectTaskRunner(), saving, next, "/home/x/settings.properties", initial);
    }

    @Test
    void theDemoIsSavedAndChosen() {
        EndpointChoiceViewModel vm = vm("");

        vm.useDemo();

        assertThat(saved).containsExactly("demo");
        assertThat(chosen).containsExactly("demo");
        assertThat(vm.busyProperty().get()).isTrue();
    }

    @Test
    void aGoodUrlIsSavedAndChosen() {
        EndpointChoiceViewModel vm = vm("");
        vm.urlProperty().set("  https://order.example.com/api/v1/ ");

        vm.connect();

        assertThat(vm.problemProperty().get()).isNull();
        assertThat(saved).containsExactly("https://order.example.com/api/v1");
        assertThat(chosen).containsExactly("https://order.example.com/api/v1");
    }

    @Test
    void anAddressWithoutAPathGetsTheApiPath() {
        EndpointChoiceViewModel vm = vm("");
        vm.urlProperty().set("https://order.example.com");

        vm.connect();

        assertThat(chosen).containsExactly("https://order.example.com/api/v1");
    }

    @ParameterizedTest
    @CsvSource({
            "order.example.com/api/v1, NOT_ABSOLUTE",
            "https://, NOT_ABSOLUTE",
            "http://order.example.com/api/v1, PLAIN_HTTP",
            "ftp://order.example.com/api/v1, NOT_HTTPS",
            "https://bob:secret@order.example.com/api/v1, USER_INFO",
            "https://order.example.com/api/v1?x=1, QUERY_OR_FRAGMENT",
            "https://order example.com, NOT_ABSOLUTE"})
    void aBadUrlIsRefusedWithItsReasonAndNothingIsSaved(String url, EndpointRules.Problem problem) {
        EndpointChoiceViewModel vm = vm("");
        vm.urlProperty().set(url);

        vm.connect();

        assertThat(vm.problemProperty().get()).isEqualTo(problem);
        assertThat(vm.problemKey()).startsWith("endpoint.problem.");
        assertThat(saved).isEmpty();
        assertThat(chosen).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void plainHttpOnThisComputerIsAccepted() {
        EndpointChoiceViewModel vm = vm("");
        vm.urlProperty().set("http://127.0.0.1:18080/api/v1");

        vm.connect();

        assertThat(chosen).containsExactly("http://127.0.0.1:18080/api/v1");
    }

    @Test
    void typingAgainTakesTheProblemAwayUntilTheNextConnect() {
        EndpointChoiceViewModel vm = vm("");
        vm.urlProperty().set("http://order.example.com");
        vm.connect();
        assertThat(vm.problemKey()).isEqualTo("endpoint.problem.plain-http");

        vm.urlProperty().set("https://order.example.com");

        assertThat(vm.problemProperty().get()).isNull();
    }

    @Test
    void connectIsOfferedOnlyOnceSomethingIsTyped() {
        EndpointChoiceViewModel vm = vm("");
        assertThat(vm.canConnect()).isFalse();
        vm.connect();
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(saved).isEmpty();

        vm.urlProperty().set("x");
        assertThat(vm.canConnect()).isTrue();
    }

    @Test
    void anUnusableSettingIsShownWithItsProblemAtOnce() {
        EndpointChoiceViewModel vm = vm("http://order.example.com/api/v1");

        assertThat(vm.urlProperty().get()).isEqualTo("http://order.example.com/api/v1");
        assertThat(vm.problemProperty().get()).isEqualTo(EndpointRules.Problem.PLAIN_HTTP);
    }

    @Test
    void aChoiceThatCannotBeSavedStillHoldsForThisStart() {
        savingFails = true;
        EndpointChoiceViewModel vm = vm("");

        vm.useDemo();

        assertThat(saved).isEmpty();
        assertThat(chosen).containsExactly("demo");
    }

    @Test
    void aSecondChoiceWhileTheFirstIsSavedIsNotTaken() {
        EndpointChoiceViewModel vm = vm("https://order.example.com/api/v1");
        vm.useDemo();

        vm.connect();

        assertThat(chosen).containsExactly("demo");
    }
}
