package de.cloudhub.order.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app icon in every size the build copies from {@code icons/} to the class path. */
public final class AppIcons {
    private static final Logger LOG = LoggerFactory.getLogger(AppIcons.class);
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    private static final String FOLDER = "/de/cloudhub/order/icons/";

    private AppIcons() {
    }

    /** Resource path of the PNG of {@code size} pixels. */
    public static String resource(int size) {
        return FOLDER + "cloudhub-order-" + size + ".png";
    }

    /** The window icons, small to large; empty (and logged) if the build did not copy them. */
    public static List<Image> windowIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            if (size <= 256) {
                load(size, icons);
            }
        }
        return icons;
    }

    /** The icon at {@code size} pixels, or null when missing. */
    public static Image icon(int size) {
        List<Image> one = new ArrayList<>();
        load(size, one);
        return one.isEmpty() ? null : one.get(0);
    }

    private static void load(int size, List<Image> into) {
        try (InputStream in = AppIcons.class.getResourceAsStream(resource(size))) {
            if (in == null) {
                LOG.warn("App icon {} is missing from the class path", resource(size));
                return;
            }
            into.add(new Image(in));
        } catch (java.io.IOException e) {
            LOG.warn("Cannot read app icon {}", resource(size), e);
        }
    }
}
