package de.cloudhub.order.ui.wizard.service;

import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardPage;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The choices pages' UI tests: one page, built on a fresh {@link OrderState} with an API where nothing
 * answers (the catalog is put into the state by the test), hosted alone by {@link PageHarness}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class ChoicesPageFxBase {
    protected final OrderState state = new OrderState();
    protected final ApiClient api = PageHarness.unreachableApi();
    protected WizardPage page;
    private final Function<OrderSession, WizardPage> pageFactory;
    protected Stage stage;

    protected ChoicesPageFxBase(Function<OrderSession, WizardPage> pageFactory) {
        this.pageFactory = Objects.requireNonNull(pageFactory, "pageFactory");
    }

    /** Puts the one-service test catalog into the state with its service chosen, as the pages after the first expect. */
    protected final void chooseTheTestService() {
        state.catalogProperty().set(TestCatalogs.single());
        state.serviceIdProperty().set(TestCatalogs.VALKEY);
    }

    /**
     * Builds the page for the stage TestFX hands to the test's {@code @Start} method (TestFX looks for
     * {@code @Start} only in the test class itself, so each test class calls this from its own).
     */
    protected final void open(Stage stage) {
        this.stage = stage;
        page = pageFactory.apply(PageHarness.context(state, api));
    }

    @AfterEach
    void closeApi() {
        api.close();
    }

    /** Shows the page's view in the test's stage. */
    protected final Node show(FxRobot robot, Locale locale) {
        Node[] view = new Node[1];
        robot.interact(() -> view[0] = PageHarness.show(stage, page, locale));
        return view[0];
    }

    /** Shows the page's view and then enters the page, in the order the wizard shell does. */
    protected final Node showAndEnter(FxRobot robot, Locale locale) {
        Node[] view = new Node[1];
        robot.interact(() -> {
            view[0] = PageHarness.show(stage, page, locale);
            page.viewModel().onEnter();
        });
        return view[0];
    }
}
