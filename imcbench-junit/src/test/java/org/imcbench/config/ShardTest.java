package org.imcbench.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void parsesKOfN() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(new Shard(1, 1));
        for (String bad : List.of("0/4", "5/4", "2", "2/0", "a/b", "-1/2")) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("must be K/N with 1 ≤ K ≤ N, e.g. 2/4");
        }
    }

    @Test
    void aCaseIsInTheShardOfItsIdsCrc32AsPythonsZlibComputesIt() {
        // python3 -c "import zlib; print(zlib.crc32(b'cxr-atelectasis-001'))" -> 1248559051; mod 3 = 1
        assertThat(new Shard(2, 3).contains("cxr-atelectasis-001")).isTrue();
        assertThat(new Shard(1, 3).contains("cxr-atelectasis-001")).isFalse();
        assertThat(new Shard(3, 3).contains("cxr-atelectasis-001")).isFalse();
    }

    @Test
    void everyIdIsInExactlyOneShardAndTheShardsAreRoughlyEven() {
        List<String> ids = IntStream.range(0, 4000).mapToObj(i -> "case-" + i).toList();
        int[] sizes = new int[4];
        for (String id : ids) {
            List<Integer> owners = IntStream.rangeClosed(1, 4).filter(k -> new Shard(k, 4).contains(id)).boxed().toList();
            assertThat(owners).as(id).hasSize(1);
            sizes[owners.get(0) - 1]++;
        }
        assertThat(IntStream.of(sizes).boxed().toList()).allSatisfy(size -> assertThat(size).isBetween(900, 1100));
    }
}
