package de.cloudhub.order.model;

/** How serious a validation problem is. ERROR blocks the order; WARNING and NOTICE only inform. */
public enum Severity {
    ERROR, WARNING, NOTICE
}
