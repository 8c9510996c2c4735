package fvp;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node for tests and benchmarks, started in-process like the test framework's MockNode.
 *
 * Subclassing Node is what skips the production bootstrap checks (heap size, file descriptors, mmap count) a
 * developer's machine and CI cannot be asked to meet; the price is that modules are not discovered from a
 * distribution's modules/ folder, so HTTP and the analysis chain are given here as classpath plugins.
 *
 * Usage: java -cp ... fvp.TestNode HOME HTTP_PORT
 */
public final class TestNode extends Node {

    private TestNode(Settings settings) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), null, () -> "fvp-test"),
              List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int httpPort = Integer.parseInt(args[1]);
        Settings settings = Settings.builder()
            .put("cluster.name", "fvp-test")
            .put("node.name", "fvp-test")
            .put(Environment.PATH_HOME_SETTING.getKey(), home.toString())
            .put(Environment.PATH_DATA_SETTING.getKey(), home.resolve("data").toString())
            .put(Environment.PATH_LOGS_SETTING.getKey(), home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", httpPort + 100)
            .put("discovery.type", "single-node")
            .put("http.type", Netty4Plugin.NETTY_HTTP_TRANSPORT_NAME)
            .put("transport.type", Netty4Plugin.NETTY_TRANSPORT_NAME)
            // A nearly full disk must not turn the test indexes read-only halfway through a run.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        TestNode node = new TestNode(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception ignored) {
                // the process is ending either way
            } finally {
                stopped.countDown();
            }
        }));
        node.start();
        System.out.println("fvp-test node listening on http://127.0.0.1:" + httpPort);
        stopped.await();
    }
}
