package org.commonground.bot.core.impact;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A count of people (or of pairs of them) as it may be published. A count of 1 or 2 can point at
 * the people it is about, so it reads {@value #FEWER_THAN_THREE}; 0 reads 0, as UK official
 * statistics show it, since it is about nobody and "no introductions yet" is what a convenor needs
 * to see. A count that is 3 or more but would let a {@value #FEWER_THAN_THREE} be worked out by
 * subtraction is withheld ({@value #WITHHELD}, the Government Statistical Service's mark for
 * confidential); one that was never recorded reads {@value #NOT_RECORDED}.
 *
 * <p>A suppressed count does not keep its number, so no table, chart or file drawn from it can show
 * it, in a label, a bar's height or a shade.
 */
public final class Count implements Cell {

  /** The smallest count published as it is. */
  public static final int SHOWN_FROM = 3;

  public static final String FEWER_THAN_THREE = "<3";
  public static final String WITHHELD = "[c]";
  public static final String NOT_RECORDED = "[x]";

  private enum Kind {
    EXACT,
    FEWER_THAN_THREE,
    WITHHELD,
    NOT_RECORDED
  }

  private static final Count FEWER = new Count(Kind.FEWER_THAN_THREE, 0);
  private static final Count HIDDEN = new Count(Kind.WITHHELD, 0);
  private static final Count UNKNOWN = new Count(Kind.NOT_RECORDED, 0);

  private final Kind kind;
  private final int value;

  private Count(Kind kind, int value) {
    this.kind = kind;
    this.value = value;
  }

  /** {@code people} as published: exactly, or {@value #FEWER_THAN_THREE} for 1 and 2. */
  public static Count of(int people) {
    if (people < 0) {
      throw new IllegalArgumentException("A count can't be negative: " + people);
    }
    return people > 0 && people < SHOWN_FROM ? FEWER : new Count(Kind.EXACT, people);
  }

  /** {@code people} if recorded, else {@value #NOT_RECORDED}. */
  public static Count of(OptionalInt people) {
    return people.isPresent() ? of(people.getAsInt()) : UNKNOWN;
  }

  /**
   * {@code people}, held back because a smaller count could be worked out from it: {@value
   * #WITHHELD}, or {@value #FEWER_THAN_THREE} if it is itself 1 or 2.
   */
  static Count withheld(int people) {
    return of(people) == FEWER ? FEWER : HIDDEN;
  }

  /**
   * {@value #FEWER_THAN_THREE} for a count under 3 that is 0: among parts of a total under 3, a 0
   * shown as 0 would tell which parts hold the one or two.
   */
  static Count fewerThanThree() {
    return FEWER;
  }

  /** The number, when it may be shown. */
  public OptionalInt exact() {
    return kind == Kind.EXACT ? OptionalInt.of(value) : OptionalInt.empty();
  }

  /** Whether the count was kept at all; rounds before some figures were recorded lack them. */
  public boolean recorded() {
    return kind != Kind.NOT_RECORDED;
  }

  /** Whether this is exactly nobody. */
  public boolean isZero() {
    return kind == Kind.EXACT && value == 0;
  }

  /** Whether the number is held back: {@value #FEWER_THAN_THREE} or {@value #WITHHELD}. */
  public boolean suppressed() {
    return kind == Kind.FEWER_THAN_THREE || kind == Kind.WITHHELD;
  }

  @Override
  public String text() {
    return switch (kind) {
      case EXACT -> Integer.toString(value);
      case FEWER_THAN_THREE -> FEWER_THAN_THREE;
      case WITHHELD -> WITHHELD;
      case NOT_RECORDED -> NOT_RECORDED;
    };
  }

  /** The count in words, for a chart's text alternative: "12", "fewer than 3", "withheld". */
  public String words() {
    return switch (kind) {
      case EXACT -> Integer.toString(value);
      case FEWER_THAN_THREE -> "fewer than 3";
      case WITHHELD -> "withheld";
      case NOT_RECORDED -> "not recorded";
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Count count && count.kind == kind && count.value == value;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }

  @Override
  public String toString() {
    return text();
  }
}
