package org.commonground.bot.core.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TypedArgumentsTest {

  private static final Set<String> DETAILS = Set.of("theme", "description");

  @Test
  void theRestOfTheLineIsTheNameWithSpacesTidied() {
    TypedArguments args = TypedArguments.parse("  Loneliness   and isolation ", DETAILS);

    assertThat(args.name()).isEqualTo("Loneliness and isolation");
    assertThat(args.hasArrow()).isFalse();
  }

  @Test
  void optionsFollowTheNameAndRunToTheNextOption() {
    TypedArguments args =
        TypedArguments.parse(
            "Fuel poverty --theme Communities & places --description Heating homes -> warmly",
            DETAILS);

    assertThat(args.name()).isEqualTo("Fuel poverty");
    assertThat(args.option("theme")).contains("Communities & places");
    assertThat(args.option("description")).contains("Heating homes -> warmly");
  }

  @Test
  void anArrowSplitsTwoNamesAndQuotesProtectWhatIsInside() {
    TypedArguments args = TypedArguments.parse("\"A -> B\" -> “Drugs — alcohol”", Set.of());

    assertThat(args.name()).isEqualTo("A -> B");
    assertThat(args.target()).isEqualTo("Drugs — alcohol");
  }

  @Test
  void readsTheDashesAndArrowsThatKeyboardsSubstitute() {
    TypedArguments args = TypedArguments.parse("Old → New —theme Work", Set.of("theme"));

    assertThat(args.name()).isEqualTo("Old");
    assertThat(args.target()).isEqualTo("New");
    assertThat(args.option("theme")).contains("Work");
  }

  @Test
  void dashesInsideAWordAreText() {
    assertThat(TypedArguments.parse("Co--design", DETAILS).name()).isEqualTo("Co--design");
  }

  @Test
  void anEmptySideOfTheArrowReadsAsEmpty() {
    TypedArguments args = TypedArguments.parse("Homelessness ->", Set.of());

    assertThat(args.hasArrow()).isTrue();
    assertThat(args.target()).isEmpty();
  }

  @Test
  void refusesUnknownOptionsAndTwoArrows() {
    assertThatThrownBy(() -> TypedArguments.parse("X --colour red", DETAILS))
        .hasMessageContaining("`--colour`")
        .hasMessageContaining("`--description` and `--theme`");
    assertThatThrownBy(() -> TypedArguments.parse("A -> B -> C", Set.of()))
        .hasMessageContaining("one `->`");
  }

  @Test
  void commandTextDecodesWhatSlackEncodes() {
    CommandText text = CommandText.of("RENAME Drugs &amp; alcohol -&gt; Substance use");

    assertThat(text.verb()).isEqualTo("rename");
    assertThat(text.rest()).isEqualTo("Drugs & alcohol -> Substance use");
  }
}
