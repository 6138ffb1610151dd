package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Whether a link was taken by a browser, so the app can show it when not. */
class SystemBrowserTest {
    @TempDir
    Path bin;
    final List<String> hostServices = new CopyOnWriteArrayList<>();

    boolean browse(String os, String path) throws Exception {
        return new SystemBrowser(hostServices::add, os, path).browse("https://portal.example/t?order=ord-1")
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    Path script(String name, int exitCode) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\nexit " + exitCode + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void withoutAnyBrowserOnThePathTheLinkIsNotTaken() throws Exception {
        assertThat(browse("Linux", bin.toString())).isFalse();
        assertThat(hostServices).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void xdgOpenEndingWithAnErrorMeansNoBrowserTookTheLink() throws Exception {
        script("xdg-open", 3);

        assertThat(browse("Linux", bin.toString())).isFalse();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void xdgOpenEndingWellMeansTheLinkWasTaken() throws Exception {
        script("xdg-open", 0);

        assertThat(browse("Linux", bin.toString())).isTrue();
    }

    @Test
    void onWindowsTheLinkGoesToHostServices() throws Exception {
        assertThat(browse("Windows 11", "")).isTrue();
        assertThat(hostServices).containsExactly("https://portal.example/t?order=ord-1");
    }
}
