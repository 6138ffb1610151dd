package de.cloudhub.order.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiFailureTest {

    @Test
    void eachExceptionMapsToItsKind() {
        assertThat(ApiFailure.of(new ApiUnreachableException("x", null))).isEqualTo(ApiFailure.UNREACHABLE);
        assertThat(ApiFailure.of(new ApiProtocolException("x", null))).isEqualTo(ApiFailure.PROTOCOL);
        assertThat(ApiFailure.of(new PriceChangedException(null, null, null, List.of(), BigDecimal.ONE)))
                .isEqualTo(ApiFailure.PRICE_CHANGED);
        assertThat(ApiFailure.of(problem(401, null))).isEqualTo(ApiFailure.UNAUTHORIZED);
        assertThat(ApiFailure.of(problem(403, null))).isEqualTo(ApiFailure.FORBIDDEN);
        assertThat(ApiFailure.of(new NotFoundException(null, null, null, null, null))).isEqualTo(ApiFailure.NOT_FOUND);
        assertThat(ApiFailure.of(problem(409, "request-in-progress"))).isEqualTo(ApiFailure.IN_PROGRESS);
        assertThat(ApiFailure.of(problem(422, "validation-failed"))).isEqualTo(ApiFailure.REJECTED);
        assertThat(ApiFailure.of(problem(429, "rate-limited"))).isEqualTo(ApiFailure.RATE_LIMITED);
        assertThat(ApiFailure.of(problem(503, null))).isEqualTo(ApiFailure.SERVER_ERROR);
        assertThat(ApiFailure.of(new IllegalStateException())).isEqualTo(ApiFailure.OTHER);
    }

    @Test
    void onlyFailuresThatMayHavePlacedTheOrderAreAmbiguous() {
        assertThat(ApiClient.isAmbiguous(new ApiUnreachableException("x", null))).isTrue();
        assertThat(ApiClient.isAmbiguous(problem(500, null))).isTrue();
        assertThat(ApiClient.isAmbiguous(problem(409, "request-in-progress"))).isTrue();
        assertThat(ApiClient.isAmbiguous(problem(429, "rate-limited"))).isFalse();
        assertThat(ApiClient.isAmbiguous(problem(422, "validation-failed"))).isFalse();
        assertThat(ApiClient.isAmbiguous(new PriceChangedException(null, null, null, List.of(), BigDecimal.ONE)))
                .isFalse();
    }

    private static ApiProblemException problem(int status, String code) {
        return new ApiProblemException(status, null, "t", null, code, List.of());
    }
}
