package org.commonground.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic networks: Zipf-skewed challenge tags (a few very common, a long
 * tail of niche ones), organisations of skewed size spread over eight sectors, and caps of 1 to 3.
 *
 * @param members how many participants
 * @param tags how many distinct tags exist
 * @param maxCap largest cap drawn; 1 makes everyone want exactly one match
 */
record SyntheticNetwork(int members, int tags, int maxCap) {
  private static final String[] SECTORS = {
    "LOCAL_AUTHORITY",
    "NHS",
    "CHARITY",
    "HOUSING",
    "SOCIAL_ENTERPRISE",
    "UNIVERSITY",
    "POLICE",
    "COMBINED_AUTHORITY"
  };
  private static final double ZIPF_EXPONENT = 1.0;

  /** The benchmark shape: about 300 tags and caps of 1 to 3. */
  static SyntheticNetwork of(int members) {
    return new SyntheticNetwork(members, 300, 3);
  }

  /** Participants with ids {@code 1..members}, in a seeded shuffled order. */
  List<Participant> generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] tagCdf = zipfCdf(tags);
    int organisations = Math.max(5, Math.min(400, members / 20));
    double[] organisationCdf = zipfCdf(organisations);
    List<Participant> participants = new ArrayList<>(members);
    for (int id = 1; id <= members; id++) {
      int organisation = draw(organisationCdf, random);
      participants.add(participant(id, organisation, tagCdf, random));
    }
    Collections.shuffle(participants, new java.util.Random(seed));
    return participants;
  }

  private Participant participant(
      long id, int organisation, double[] tagCdf, SplittableRandom random) {
    String sector = SECTORS[(int) ((Hashing.mix(organisation) >>> 1) % SECTORS.length)];
    int cap = 1 + random.nextInt(maxCap);
    return new Participant(
        id,
        organisation,
        sector,
        "place-" + random.nextInt(9),
        cap,
        tags(3 + random.nextInt(5), tagCdf, random),
        tags(random.nextInt(3), tagCdf, random),
        tags(random.nextInt(3), tagCdf, random),
        random.nextInt(10) == 0);
  }

  private static TagSet tags(int count, double[] cdf, SplittableRandom random) {
    int[] tags = new int[count];
    for (int i = 0; i < count; i++) {
      tags[i] = 100 + draw(cdf, random);
    }
    return TagSet.of(tags);
  }

  private static double[] zipfCdf(int size) {
    double[] cdf = new double[size];
    double sum = 0;
    for (int rank = 0; rank < size; rank++) {
      sum += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
      cdf[rank] = sum;
    }
    for (int rank = 0; rank < size; rank++) {
      cdf[rank] /= sum;
    }
    return cdf;
  }

  private static int draw(double[] cdf, SplittableRandom random) {
    int index = java.util.Arrays.binarySearch(cdf, random.nextDouble());
    return Math.min(cdf.length - 1, index >= 0 ? index : -index - 1);
  }
}
