package de.cloudhub.order.ui.wizard.trustedsources;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Severity;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.testing.SandboxControlClient;
import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.service.TestCatalogs;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrustedSourcesViewModelTest {
    private final OrderState state = new OrderState();
    private ApiClient api;
    private TrustedSourcesViewModel vm;

    @BeforeEach
    void setUp() {
        state.catalogProperty().set(TestCatalogs.single());
        state.serviceIdProperty().set(TestCatalogs.VALKEY);
        // nothing listens on port 9 of loopback (discard): any call fails fast; "demo-customer" is a sandbox token
        api = new ApiClient(config(URI.create("http://127.0.0.1:9/api/v1")));
        vm = new TrustedSourcesViewModel(state, api, new DirectTaskRunner());
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    private static ApiConfig config(URI base) {
        return new ApiConfig(base, "demo-customer", Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
                Duration.ofMillis(10), "CloudhubOrder/test");
    }

    private void type(String text) {
        vm.inputProperty().set(text);
    }

    @Test
    void emptyListBlocks() {
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().field()).isEqualTo("trustedSources");
    }

    @Test
    void addingASingleAddressStoresItAsHostRange() {
        type("93.184.216.34");

        assertThat(vm.add()).isTrue();

        assertThat(state.trustedSources()).containsExactly(new TrustedSource("93.184.216.34/32", null));
        assertThat(vm.rows().get(0).addressCount()).isEqualTo(BigInteger.ONE);
        assertThat(vm.inputProperty().get()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void hostBitsAreClearedAndTheTypedFormIsShownWithTheModelsNotice() {
        type("93.184.216.34/24");

        vm.add();

        assertThat(state.trustedSources()).containsExactly(new TrustedSource("93.184.216.0/24", null));
        TrustedSourceRow row = vm.rows().get(0);
        assertThat(row.typed()).isEqualTo("93.184.216.34/24");
        assertThat(row.shown()).isEqualTo("93.184.216.0/24");
        assertThat(row.normalised()).isTrue();
        assertThat(row.addressCount()).isEqualTo(BigInteger.valueOf(256));
        assertThat(row.problems()).extracting(Problem::severity).contains(Severity.NOTICE);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void pastedLinesAndCommasAddEveryEntry() {
        type("93.184.216.34\n2a00:1450:4001::/48, 8.8.8.0/24;1.1.1.1");

        vm.add();

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr)
                .containsExactly("93.184.216.34/32", "2a00:1450:4001::/48", "8.8.8.0/24", "1.1.1.1/32");
    }

    @Test
    void multiLinePasteBecomesOneLineSeparatedByCommas() {
        assertThat(TrustedSourcesViewModel.pasteAsOneLine("", "1.1.1.1\n8.8.8.8\r\n")).isEqualTo("1.1.1.1, 8.8.8.8");
        assertThat(TrustedSourcesViewModel.pasteAsOneLine("9.9.9.9", "1.1.1.1\n8.8.8.8")).isEqualTo(", 1.1.1.1, 8.8.8.8");
    }

    @Test
    void unparsableTextIsNotAddedAndStaysInTheInputWithTheReason() {
        type("1.1.1.1, not-an-address");

        assertThat(vm.add()).isFalse();

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr).containsExactly("1.1.1.1/32");
        assertThat(vm.inputProperty().get()).isEqualTo("not-an-address");
        assertThat(vm.inputProblems()).hasSize(1);
        assertThat(vm.inputProblems().get(0).isError()).isTrue();
        assertThat(vm.inputProblems().get(0).arguments()).contains("not-an-address");
    }

    @Test
    void editingTheInputClearsItsProblems() {
        type("garbage!");
        vm.add();

        type("garbage");

        assertThat(vm.inputProblems()).isEmpty();
    }

    @Test
    void blankInputIsExplained() {
        type("   ");

        vm.add();

        assertThat(vm.inputProblems()).extracting(Problem::code).containsExactly(TrustedSourcesViewModel.INPUT_EMPTY);
    }

    @Test
    void privateRangeStaysListedWithAnErrorAndBlocks() {
        type("192.168.1.0/24");

        vm.add();

        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().get(0).hasError()).isTrue();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().field()).isEqualTo("trustedSources[0].cidr");
    }

    @Test
    void duplicateIsWarnedOnTheLaterEntry() {
        type("1.1.1.1, 1.1.1.1/32");

        vm.add();

        assertThat(vm.rows().get(0).problems()).isEmpty();
        assertThat(vm.rows().get(1).hasWarning()).isTrue();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void removingTheLastEntryBlocksAgain() {
        type("1.1.1.1");
        vm.add();

        vm.remove(0);

        assertThat(state.trustedSources()).isEmpty();
        assertThat(vm.validProperty().get()).isFalse();
    }

    @Test
    void editReplacesTheAddressAndKeepsTheDescription() {
        type("1.1.1.1");
        vm.add();
        vm.setDescription(0, "office");

        vm.startEdit(0);
        assertThat(vm.editTextProperty().get()).isEqualTo("1.1.1.1");
        vm.editTextProperty().set("8.8.8.0/24");
        assertThat(vm.commitEdit()).isTrue();

        assertThat(state.trustedSources()).containsExactly(new TrustedSource("8.8.8.0/24", "office"));
        assertThat(vm.getEditingIndex()).isEqualTo(-1);
    }

    @Test
    void editWithUnparsableTextIsRefusedAndStaysOpen() {
        type("1.1.1.1");
        vm.add();
        vm.startEdit(0);
        vm.editTextProperty().set("1.1.1.300");

        assertThat(vm.commitEdit()).isFalse();

        assertThat(vm.getEditingIndex()).isZero();
        assertThat(vm.editProblems()).hasSize(1);
        assertThat(state.trustedSources()).extracting(TrustedSource::cidr).containsExactly("1.1.1.1/32");
    }

    @Test
    void descriptionIsTrimmedAndTooLongOneIsAnError() {
        type("1.1.1.1");
        vm.add();

        vm.setDescription(0, "  backend  ");
        assertThat(state.trustedSources().get(0).description()).isEqualTo("backend");

        vm.setDescription(0, "x".repeat(65));
        assertThat(vm.rows().get(0).hasError()).isTrue();
    }

    @Test
    void allAddressesNeedTheConfirmation() {
        type("0.0.0.0/0");
        vm.add();

        assertThat(vm.allAddressesEntryProperty().get()).isTrue();
        assertThat(vm.validProperty().get()).isFalse();

        vm.allowAllAddressesProperty().set(true);

        assertThat(state.allowAllAddressesProperty().get()).isTrue();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void removingTheAllAddressesEntryWithdrawsTheConfirmation() {
        type("0.0.0.0/0, 1.1.1.1");
        vm.add();
        vm.allowAllAddressesProperty().set(true);

        vm.remove(0);

        assertThat(vm.allAddressesEntryProperty().get()).isFalse();
        assertThat(state.allowAllAddressesProperty().get()).isFalse();
    }

    @Test
    void serverProblemsShowAtTheirEntryUntilTheListIsEdited() {
        type("1.1.1.1, 8.8.8.8");
        vm.add();
        Problem server = Problem.error("trustedSources[1].cidr", "trustedSource.reserved", "8.8.8.8/32", "8.0.0.0/8");
        state.serverProblems().add(server);

        assertThat(vm.rows().get(1).problems()).contains(server);
        assertThat(vm.validProperty().get()).isFalse();

        vm.setDescription(0, "office");

        assertThat(vm.rows().get(1).problems()).doesNotContain(server);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void askingForMyAddressWithoutAnAnswerSaysItNeedsAConnectionAndTheButtonIsFreeAgain() {
        vm.addMyAddress("My address");

        assertThat(vm.myAddressBusyProperty().get()).isFalse();
        assertThat(vm.myAddressProblemProperty().get().code()).isEqualTo(TrustedSourcesViewModel.MY_ADDRESS_OFFLINE);
        assertThat(new I18n(Locale.ENGLISH).problem(vm.myAddressProblemProperty().get()))
                .isEqualTo("Your address cannot be found out now: that needs a connection to the server, which cannot "
                        + "be reached. Type the address by hand; the order can be sent once the connection is back.");
        assertThat(state.trustedSources()).isEmpty();
    }

    @Test
    void whileOfflineAddMyAddressSaysWhyItCannotWorkAndTypingAnAddressStillWorks() {
        state.onlineProperty().set(false);

        assertThat(vm.myAddressNeedsConnectionProperty().get()).isTrue();
        vm.addMyAddress("My address");
        assertThat(vm.myAddressBusyProperty().get()).isFalse();
        assertThat(vm.myAddressProblemProperty().get().code()).isEqualTo(TrustedSourcesViewModel.MY_ADDRESS_OFFLINE);
        assertThat(new I18n(Locale.GERMAN).problem(vm.myAddressProblemProperty().get()))
                .startsWith("Ihre Adresse lässt sich jetzt nicht ermitteln");

        type("85.215.10.20");
        vm.add();
        assertThat(state.trustedSources()).extracting(TrustedSource::cidr).containsExactly("85.215.10.20/32");
        assertThat(vm.validProperty().get()).isTrue();

        state.onlineProperty().set(true);
        assertThat(vm.myAddressNeedsConnectionProperty().get()).isFalse();
        assertThat(vm.myAddressProblemProperty().get()).isNull();
    }

    @Test
    void aServerFailureWhileAskingForMyAddressIsShownWithItsReason() {
        try (SandboxServer sandbox = SandboxServer.start(0);
             ApiClient client = new ApiClient(config(sandbox.baseUri()))) {
            new SandboxControlClient(sandbox.baseUri()).fault("GET", "/client-address", "http-500", 1, "");
            TrustedSourcesViewModel failing = new TrustedSourcesViewModel(state, client, new DirectTaskRunner());

            failing.addMyAddress("My address");

            assertThat(failing.myAddressProblemProperty().get().code()).isEqualTo(TrustedSourcesViewModel.MY_ADDRESS_FAILED);
            assertThat(new I18n(Locale.ENGLISH).problem(failing.myAddressProblemProperty().get()))
                    .startsWith("Your address could not be found out.").endsWith("You can also type the address.");
            assertThat(failing.myAddressBusyProperty().get()).isFalse();
        }
    }

    @Test
    void aRateLimitedAskForMyAddressSaysRateLimited() {
        try (SandboxServer sandbox = SandboxServer.start(0);
             ApiClient client = new ApiClient(new ApiConfig(sandbox.baseUri(), SandboxDemo.CUSTOMER_TOKEN, Duration.ofSeconds(2),
                     Duration.ofSeconds(3), 1, Duration.ofMillis(20), "CloudhubOrder/test"))) {
            new SandboxControlClient(sandbox.baseUri()).fault("GET", "/client-address", "http-429", 1,
                    "\"retryAfterSeconds\":3");
            TrustedSourcesViewModel limited = new TrustedSourcesViewModel(state, client, new DirectTaskRunner());

            limited.addMyAddress("My address");

            assertThat(new I18n(Locale.ENGLISH).problem(limited.myAddressProblemProperty().get()))
                    .contains("too many requests", "Wait 3 seconds");
        }
    }

    @Test
    void myAddressFromTheSandboxIsAddedWithItsDescription() {
        try (SandboxServer sandbox = SandboxServer.start(0);
             ApiClient client = new ApiClient(config(sandbox.baseUri()))) {
            TrustedSourcesViewModel withSandbox = new TrustedSourcesViewModel(state, client, new DirectTaskRunner());

            withSandbox.addMyAddress("My address");

            assertThat(withSandbox.myAddressProblemProperty().get()).isNull();
            assertThat(state.trustedSources()).hasSize(1);
            assertThat(state.trustedSources().get(0).description()).isEqualTo("My address");
            assertThat(withSandbox.myAddressBusyProperty().get()).isFalse();
        }
    }

    @Test
    void myAddressAlreadyListedIsNotAddedTwice() {
        try (SandboxServer sandbox = SandboxServer.start(0);
             ApiClient client = new ApiClient(config(sandbox.baseUri()))) {
            TrustedSourcesViewModel withSandbox = new TrustedSourcesViewModel(state, client, new DirectTaskRunner());
            withSandbox.addMyAddress("My address");

            withSandbox.addMyAddress("My address");

            assertThat(state.trustedSources()).hasSize(1);
            assertThat(withSandbox.myAddressProblemProperty().get().code())
                    .isEqualTo(TrustedSourcesViewModel.MY_ADDRESS_PRESENT);
        }
    }

    private void fill(int count) {
        java.util.List<TrustedSource> entries = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new TrustedSource("93.184." + (i / 100) + "." + (2 * (i % 100) + 1) + "/32", null));
        }
        state.trustedSources().setAll(entries);
    }

    @Test
    void aValidAddressStillTypedLetsNextGoOnAndIsAddedThenWithANotice() {
        type("93.184.216.34");

        assertThat(vm.validProperty().get()).isTrue();
        Problem notice = vm.beforeNext();

        assertThat(state.trustedSources()).containsExactly(new TrustedSource("93.184.216.34/32", null));
        assertThat(notice.code()).isEqualTo(TrustedSourcesViewModel.LEFTOVER_ADDED);
        assertThat(notice.severity()).isEqualTo(Severity.NOTICE);
        assertThat(notice.arguments()).first().isEqualTo("93.184.216.34/32");
        assertThat(vm.inputProperty().get()).isEmpty();
    }

    @Test
    void anInvalidTextStillTypedBlocksNextWithItsReason() {
        vm.inputProperty().set("93.184.216.34");
        vm.add();
        type("81.173.12.x");

        assertThat(vm.validProperty().get()).isFalse();
        // the model's reason for the text (it reads like a host name)
        assertThat(vm.blockingProblemProperty().get().field()).startsWith("trustedSources[1]");
        assertThat(vm.blockingProblemProperty().get().arguments()).containsExactly("81.173.12.x");
    }

    @Test
    void nothingTypedAddsNothingBeforeNext() {
        type("93.184.216.34");
        vm.add();

        assertThat(vm.beforeNext()).isNull();
        assertThat(state.trustedSources()).hasSize(1);
    }

    @Test
    void aPasteBeyondTheMaximumIsRefusedWholeSayingHowManyFit() {
        int max = vm.maxEntries();
        fill(max - 6);
        StringBuilder pasted = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            pasted.append("81.173.").append(i / 100).append('.').append(i % 100 + 1).append('\n');
        }
        type(TrustedSourcesViewModel.pasteAsOneLine("", pasted.toString()));

        assertThat(vm.add()).isFalse();

        assertThat(state.trustedSources()).hasSize(max - 6);
        assertThat(vm.inputProblems()).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(TrustedSourcesViewModel.TOO_MANY_TO_ADD);
            assertThat(p.arguments()).containsExactly(200, 6, max);
        });
        assertThat(vm.inputProperty().get()).startsWith("81.173.0.1, ");
    }

    @Test
    void aPasteBeyondTheMaximumBlocksNextBeforeItIsAdded() {
        fill(vm.maxEntries() - 1);
        type("81.173.0.1, 81.173.0.2");

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockingProblemProperty().get().code()).isEqualTo(TrustedSourcesViewModel.TOO_MANY_TO_ADD);
    }

    @Test
    void removeSelectedTakesOutOnlyTheSelectedEntries() {
        type("1.1.1.1, 8.8.8.8, 9.9.9.9, 2a00:1450:4001::/48");
        vm.add();
        vm.setSelected(0, true);
        vm.setSelected(2, true);
        assertThat(vm.selectedCountProperty().get()).isEqualTo(2);

        vm.removeSelected();

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr)
                .containsExactly("8.8.8.8/32", "2a00:1450:4001::/48");
        assertThat(vm.selectedCountProperty().get()).isZero();
        assertThat(vm.rows()).noneMatch(TrustedSourceRow::selected);
    }

    @Test
    void removingOneEntryKeepsTheSelectionOfTheOthers() {
        type("1.1.1.1, 8.8.8.8, 9.9.9.9");
        vm.add();
        vm.setSelected(2, true);

        vm.remove(0);

        assertThat(vm.rows()).extracting(TrustedSourceRow::selected).containsExactly(false, true);
    }

    @Test
    void removeAllEmptiesAFullList() {
        fill(100);

        vm.removeAll();

        assertThat(state.trustedSources()).isEmpty();
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void neighbouringAddressesAreOfferedAndCombinedIntoExactRanges() {
        type("93.184.216.0, 93.184.216.1, 93.184.216.2, 93.184.216.3, 93.184.216.5");
        vm.add();
        assertThat(vm.mergedCountProperty().get()).isEqualTo(2);

        vm.mergeNeighbours();

        assertThat(state.trustedSources()).extracting(TrustedSource::cidr)
                .containsExactly("93.184.216.0/30", "93.184.216.5/32");
        assertThat(vm.mergedCountProperty().get()).isEqualTo(-1);
    }

    @Test
    void addressesThatFormNoExactRangeAreNotOfferedForCombining() {
        // .1 and .2 are neighbours but no prefix block holds exactly these two
        type("93.184.216.1, 93.184.216.2");
        vm.add();

        assertThat(vm.mergedCountProperty().get()).isEqualTo(-1);
    }

    @Test
    void tabsAndLineBreaksInAPastedDescriptionBecomeSpaces() {
        assertThat(TrustedSourcesViewModel.descriptionAsOneLine("BueroKoeln\nzweite\tZeile\r\ndritte"))
                .isEqualTo("BueroKoeln zweite Zeile dritte");
    }
}
