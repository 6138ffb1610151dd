package de.cloudhub.order.ui.ordering;

import javafx.scene.control.Label;

/** The title and the introduction each checkout page (region, billing, summary) starts with. */
public final class PageHeading {
    private PageHeading() {
    }

    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().addAll("checkout-title", "title-3");
        return title;
    }

    public static Label intro(String text) {
        Label intro = new Label(text);
        intro.getStyleClass().addAll("checkout-intro", "text-muted");
        intro.setWrapText(true);
        return intro;
    }
}
