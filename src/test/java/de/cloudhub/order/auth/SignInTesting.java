package de.cloudhub.order.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

/** A whole browser sign-in for tests: begin, "open" the link (follow its redirects), wait for the end. */
final class SignInTesting {
    private SignInTesting() {
    }

    static void signIn(SignInServices services) {
        try {
            PendingSignIn pending = services.signIn().begin().get(10, TimeUnit.SECONDS);
            assertThat(Browsing.open(pending.authorizationUri()).statusCode()).isEqualTo(200);
            pending.completion().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the sign-in failed", e);
        }
    }
}
