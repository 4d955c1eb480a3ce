package dev.runlog.bootstrap.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestStagesTest {

    @Test
    void aSample_goesToTheStageOfItsInnermostKnownFrame_andTheJvmsThreadsToTheirOwn() {
        Map<String, Long> stages = RequestStages.of(List.of(
                "java.lang.Thread.run;org.apache.coyote.Http11Processor.service;"
                        + "org.apache.ibatis.executor.resultset.DefaultResultSetHandler.handleRowValues;"
                        + "java.util.HashMap.get 5",
                "java.lang.Thread.run;org.apache.coyote.Http11Processor.service;"
                        + "org.mariadb.jdbc.client.impl.StandardClient.readPacket;__GI_read 3",
                "java.lang.Thread.run;org.apache.coyote.Http11Processor.service 2",
                "java.lang.Thread.run;java.util.HashMap.get 1",
                "thread_native_entry;CompileBroker::compiler_thread_loop;C2Compiler::compile_method 7"));

        assertThat(stages)
                .containsEntry("MyBatis: mapping rows", 5L)
                .containsEntry("kernel and socket I/O", 3L)
                .containsEntry("Tomcat", 2L)
                .containsEntry(RequestStages.OTHER, 1L)
                .containsEntry(RequestStages.JVM_THREADS, 7L);
        assertThat(stages.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(18);
        assertThat(stages.keySet()).containsExactlyElementsOf(RequestStages.names());
    }
}
