package de.cloudhub.order.arch;

import static org.assertj.core.api.Assertions.assertThat;

import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;

/**
 * The tests run JavaFX as named modules, as the packaged app does, so that a missing {@code --add-exports}
 * fails a test and not the user's start; this holds also where the JavaFX jars are on the class path too
 * (Surefire needs them there to find the UI test classes when it spreads them over several JVMs).
 */
class JavaFxModulesTest {
    @Test
    void javaFxComesFromItsNamedModulesAndControlsFxFromTheClassPath() {
        assertThat(javafx.scene.Node.class.getModule().getName()).isEqualTo("javafx.graphics");
        assertThat(javafx.scene.control.Button.class.getModule().getName()).isEqualTo("javafx.controls");
        assertThat(javafx.beans.property.Property.class.getModule().getName()).isEqualTo("javafx.base");
        assertThat(ToggleSwitch.class.getModule().isNamed()).isFalse();
    }
}
