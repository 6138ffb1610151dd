package de.cloudhub.order.app;

public final class Launcher {
    public static void main(String[] args) {
    }
}
