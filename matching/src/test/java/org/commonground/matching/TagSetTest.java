package org.commonground.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagSetTest {
  @Test
  void sortsDropsDuplicatesAndCopies() {
    int[] tags = {5, 1, 5, 3};
    TagSet set = TagSet.of(tags);
    tags[0] = 99;

    assertThat(set.toArray()).containsExactly(1, 3, 5);
    assertThat(set.contains(3)).isTrue();
    assertThat(set.contains(99)).isFalse();
  }

  @Test
  void equalsBySortedContent() {
    assertThat(TagSet.of(2, 1)).isEqualTo(TagSet.of(1, 2, 2)).hasSameHashCodeAs(TagSet.of(1, 2));
    assertThat(TagSet.of()).isSameAs(TagSet.empty());
  }

  @Test
  void participantRejectsCapsOutsideRange() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> People.person(1, 1, "NHS", 4, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
