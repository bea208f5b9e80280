// One JVM start instead of a dozen kafka-configs / kafka-acls / kafka-topics runs: upserts the
// SCRAM-SHA-512 users, creates the topics and adds the ACLs of the local broker, as the `admin`
// super user. (Straight to the KRaft controller would not need a SCRAM user, but Kafka 3.9's
// controller does not serve AlterUserScramCredentials to admin clients.)
//
// Run by infra/up.sh with the Kafka jars on the class path (Java source-file mode):
//   java -cp '<kafka libs>/*' SecuritySetup.java BOOTSTRAP CREDENTIALS_FILE ACL_FILE [CA_FILE]
// CREDENTIALS_FILE: "user=password" lines (every SCRAM user; `admin` logs in). ACL_FILE: see
// infra/kafka/acls.txt. CA_FILE: the listener speaks TLS (SASL_SSL), signed by that CA.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

public class SecuritySetup {
    private static final int SCRAM_ITERATIONS = 8192;

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: SecuritySetup BOOTSTRAP CREDENTIALS_FILE ACL_FILE [CA_FILE]");
            System.exit(2);
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            users.put(line.substring(0, eq), line.substring(eq + 1));
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"admin\" password=\"" + users.get("admin") + "\";");
        if (args.length == 4) {
            props.put("security.protocol", "SASL_SSL");
            props.put("ssl.truststore.type", "PEM");
            props.put("ssl.truststore.location", args[3]);
        } else {
            props.put("security.protocol", "SASL_PLAINTEXT");
        }
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");

        Map<String, Map<String, String>> topics = new LinkedHashMap<>();
        int partitions = 8;
        List<AclBinding> acls = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\\s+");
            switch (f[0]) {
                case "partitions" -> partitions = Integer.parseInt(f[1]);
                // topic NAME [KEY=VALUE ...]: topic configs, e.g. cleanup.policy=compact
                case "topic" -> {
                    Map<String, String> configs = new LinkedHashMap<>();
                    for (int i = 2; i < f.length; i++) {
                        String[] kv = f[i].split("=", 2);
                        configs.put(kv[0], kv[1]);
                    }
                    topics.put(f[1], configs);
                }
                // allow PRINCIPAL OPERATION RESOURCE_TYPE PATTERN_TYPE NAME
                case "allow" -> acls.add(new AclBinding(
                        new ResourcePattern(ResourceType.fromString(f[3]), f[5], PatternType.fromString(f[4])),
                        new AccessControlEntry(f[1], "*", AclOperation.fromString(f[2]), AclPermissionType.ALLOW)));
                default -> throw new IllegalArgumentException("unknown line in " + args[2] + ": " + line);
            }
        }

        try (Admin admin = Admin.create(props)) {
            List<UserScramCredentialAlteration> upserts = new ArrayList<>();
            for (Map.Entry<String, String> user : users.entrySet()) {
                upserts.add(new UserScramCredentialUpsertion(user.getKey(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), user.getValue()));
            }
            admin.alterUserScramCredentials(upserts).all().get();

            List<NewTopic> newTopics = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> topic : topics.entrySet()) {
                newTopics.add(new NewTopic(topic.getKey(), partitions, (short) 1).configs(topic.getValue()));
            }
            int created = 0;
            for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> result
                    : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    result.getValue().get();
                    created++;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) throw e;
                }
            }
            admin.createAcls(acls).all().get();
            // The broker's authorizer applies new ACLs from the metadata log a moment later: wait until
            // it lists them all, so a client started right after up.sh is not refused.
            long deadline = System.currentTimeMillis() + 30_000;
            while (admin.describeAcls(AclBindingFilter.ANY).values().get().size() < acls.size()) {
                if (System.currentTimeMillis() > deadline) throw new IllegalStateException("ACLs not applied after 30 s");
                Thread.sleep(100);
            }
            System.out.printf("%d SCRAM users, %d topics created (%d wanted), %d ACLs%n",
                    users.size(), created, topics.size(), acls.size());
        }
    }
}
