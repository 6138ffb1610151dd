package de.cloudhub.order.api;

import java.util.List;

/**
 * 404: the thing does not exist, or belongs to another customer (the API does not say which, on purpose).
 */
public class NotFoundException extends ApiProblemException {
    public NotFoundException(String type, String title, String detail, String code, List<FieldError> errors) {
        super(404, type, title, detail, code, errors);
    }
}
