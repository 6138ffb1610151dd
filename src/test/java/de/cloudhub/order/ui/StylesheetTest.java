package de.cloudhub.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The one stylesheet parses without an error: a lost brace silently drops every rule after it. */
class StylesheetTest {
    @Test
    void theApplicationStylesheetParsesWithoutErrors() throws IOException {
        URL css = StylesheetTest.class.getResource("/de/cloudhub/order/ui/app.css");
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(css);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(100);
    }
}
