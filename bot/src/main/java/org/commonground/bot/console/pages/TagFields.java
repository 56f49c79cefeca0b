package org.commonground.bot.console.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.FieldError;
import org.commonground.bot.core.curation.CommandException;
import org.commonground.bot.core.tags.TagCuration;
import org.commonground.bot.core.tags.TagRules;
import org.commonground.bot.core.views.HiddenCharacters;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.tags.Tag;

/**
 * One tag form's fields ({@code name}, {@code theme}, {@code description}), checked as the chat's
 * tag forms check them; a refusal names the field it concerns, by the id {@code form-field} plus
 * the form's suffix (the suggestion's id when a page has one such form per suggestion).
 */
final class TagFields {

  private static final List<String> TEXT_FIELDS = List.of("name", "theme", "description");

  /** What is wrong with the form, and what was typed in it, for the page drawn again. */
  static final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient FieldError error;
    private final transient Map<String, String> typed;

    Refused(FieldError error, Map<String, String> typed) {
      super(error.message(), null, false, false);
      this.error = error;
      this.typed = typed;
    }

    FieldError error() {
      return error;
    }

    Map<String, String> typed() {
      return typed;
    }
  }

  private final ConsoleRequest request;
  private final TagCuration curation;
  private final String form;
  private final String suffix;

  TagFields(ConsoleRequest request, TagCuration curation, String form, String suffix) {
    this.request = request;
    this.curation = curation;
    this.form = form;
    this.suffix = suffix;
  }

  String id(String field) {
    return form + "-" + field + suffix;
  }

  String name() {
    return check("name", () -> TagRules.name(shown("name", false)));
  }

  Optional<String> newName() {
    return optional("name", false).map(name -> check("name", () -> TagRules.name(name)));
  }

  String theme() {
    return check("theme", () -> curation.theme(shown("theme", false)));
  }

  Optional<String> newTheme() {
    return optional("theme", false).map(theme -> check("theme", () -> curation.theme(theme)));
  }

  Optional<String> description() {
    return optional("description", true)
        .map(text -> check("description", () -> TagRules.description(text)));
  }

  /** The tag the form names in {@code param}, still active or retired. */
  Tag tag(String param, String field) {
    return check(field, () -> curation.byId(request.param(param)));
  }

  /** Runs a change or a check, moving the chat's refusal under {@code field}. */
  <T> T check(String field, Supplier<T> check) {
    try {
      return check.get();
    } catch (CommandException e) {
      throw refused(field, Markup.plain(e.getMessage()));
    }
  }

  Refused refused(String field, String message) {
    Map<String, String> typed = new HashMap<>();
    TEXT_FIELDS.forEach(name -> typed.put(id(name), request.param(name)));
    return new Refused(new FieldError(id(field), message), typed);
  }

  private Optional<String> optional(String field, boolean multiLine) {
    String typed = shown(field, multiLine);
    return typed.isBlank() ? Optional.empty() : Optional.of(typed);
  }

  /** The typed text, refused if it has a character nobody would see. */
  private String shown(String field, boolean multiLine) {
    String typed = request.param(field);
    HiddenCharacters.complaint("This", typed, multiLine)
        .ifPresent(
            complaint -> {
              throw refused(field, complaint);
            });
    return typed;
  }
}
