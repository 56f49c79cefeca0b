package org.commonground.bot.console;

/**
 * What is wrong with a form, for the error summary at the top of the page and beside the field.
 *
 * @param field the id of the field it concerns, which the summary links to
 */
public record FieldError(String field, String message) {}
