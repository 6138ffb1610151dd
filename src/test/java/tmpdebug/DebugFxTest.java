package tmpdebug;

import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.service.*;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DebugFxTest {
    Stage stage;
    @Start void start(Stage s) { stage = s; }
    @Test void dump(FxRobot robot) {
        OrderState state = new OrderState();
        state.catalogProperty().set(TestCatalogs.two());
        robot.interact(() -> {
            Node v = PageHarness.show(stage, ServicePage.create(PageHarness.context(state, PageHarness.unreachableApi())), Locale.ENGLISH);
            v.getScene().getRoot().applyCss(); v.getScene().getRoot().layout();
            dump(v, "");
        });
    }
    static void dump(Node n, String indent) {
        System.err.println(indent + n.getClass().getSimpleName() + " " + n.getStyleClass() + " " + n.getLayoutBounds().getWidth() + "x" + n.getLayoutBounds().getHeight()
            + (n instanceof javafx.scene.layout.Region r ? " pref=" + r.prefWidth(-1) + "x" + r.prefHeight(-1) : ""));
        if (n instanceof Parent p && indent.length() < 20) for (Node c : p.getChildrenUnmodifiable()) { try { dump(c, indent + "  "); } catch (Throwable t) { System.err.println(t); } }
    }
}
