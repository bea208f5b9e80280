{{/*
Helpers for templates/services.yaml. Most take a "ctx" dict built once per service and role by
"wendu.ctx": {root, key, name, svc, role, roleValues}.
*/}}

{{/* The release's name prefix: the release name, with "-wendu" unless it already says wendu. */}}
{{- define "wendu.fullname" -}}
{{- if contains "wendu" .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-wendu" .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* "questionGen" -> "question-gen": the name the code, the console script and the consumer group use. */}}
{{- define "wendu.serviceName" -}}
{{- kebabcase . -}}
{{- end -}}

{{/* The Service other services dial: "<fullname>-<service>". Arg: {root, name}. */}}
{{- define "wendu.apiServiceName" -}}
{{- printf "%s-%s" (include "wendu.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* A role's object name: "<fullname>-<service>-<role>". Arg: ctx. */}}
{{- define "wendu.roleName" -}}
{{- printf "%s-%s-%s" (include "wendu.fullname" .root) .name .role | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Overlay: the keys of .over replace the keys of .base one by one, false and 0 included (sprig's
merge functions treat those as unset). Returns YAML; use with fromYaml.
*/}}
{{- define "wendu.overlay" -}}
{{- $out := deepCopy (.base | default dict) -}}
{{- range $k, $v := (.over | default dict) -}}
{{- $_ := set $out $k $v -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/*
The effective settings of one role of one service: default.<role> overlaid by services.<key>.<role>,
key by key (hpa, keda and pdb one level deeper). Returns YAML. Arg: {root, svc, role}.
*/}}
{{- define "wendu.roleValues" -}}
{{- $base := index .root.Values.default .role -}}
{{- $over := index .svc .role | default dict -}}
{{- $out := dict "replicas" (ternary $over.replicas $base.replicas (hasKey $over "replicas")) -}}
{{- $_ := set $out "resources" (ternary $over.resources .root.Values.default.resources (hasKey $over "resources")) -}}
{{- range $block := list "hpa" "keda" "pdb" -}}
{{- if hasKey $base $block -}}
{{- $blockBase := deepCopy (index $base $block) -}}
{{- $blockOver := index $over $block | default dict -}}
{{- /* A PDB has one budget: a service that sets either field replaces the default's. */ -}}
{{- if and (eq $block "pdb") (or (hasKey $blockOver "minAvailable") (hasKey $blockOver "maxUnavailable")) -}}
{{- $blockBase = omit $blockBase "minAvailable" "maxUnavailable" -}}
{{- end -}}
{{- $_ := set $out $block (include "wendu.overlay" (dict "base" $blockBase "over" $blockOver) | fromYaml) -}}
{{- end -}}
{{- end -}}
{{- $_ := set $out "topics" ($over.topics | default list) -}}
{{- toYaml $out -}}
{{- end -}}

{{- define "wendu.ctx" -}}
{{- $svc := index .root.Values.services .key -}}
{{- $name := include "wendu.serviceName" .key -}}
{{- $roleValues := include "wendu.roleValues" (dict "root" .root "svc" $svc "role" .role) | fromYaml -}}
{{- toYaml (dict "key" .key "name" $name "svc" $svc "role" .role "roleValues" $roleValues) -}}
{{- end -}}

{{- define "wendu.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: wendu
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* Selects one role's pods. Arg: ctx. */}}
{{- define "wendu.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .role }}
{{- end -}}

{{- define "wendu.labels" -}}
{{ include "wendu.selectorLabels" . }}
{{ include "wendu.commonLabels" .root }}
{{- end -}}

{{/* Labels of objects that belong to a whole service (both roles). Arg: {root, name}. */}}
{{- define "wendu.serviceLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{ include "wendu.commonLabels" .root }}
{{- end -}}

{{/* "<repository>/<service>:<tag>"; a service may override repository (full image name) or tag. Arg: ctx. */}}
{{- define "wendu.image" -}}
{{- $image := .root.Values.default.image -}}
{{- $own := .svc.image | default dict -}}
{{- $repository := $own.repository | default (printf "%s/%s" $image.repository .name) -}}
{{- $tag := $own.tag | default $image.tag | default .root.Chart.AppVersion -}}
{{- printf "%s:%s" $repository $tag -}}
{{- end -}}

{{/* A secretKeyRef env entry. Arg: {env, ref}. */}}
{{- define "wendu.secretEnv" -}}
- name: {{ .env }}
  valueFrom:
    secretKeyRef:
      name: {{ .ref.existingSecret }}
      key: {{ .ref.key }}
{{- end -}}

{{/* Every WENDU_* variable of one role of one service. Arg: ctx. */}}
{{- define "wendu.env" -}}
{{- $root := .root -}}
{{- $config := $root.Values.config -}}
{{- $secrets := $root.Values.secrets -}}
- name: WENDU_GRPC_HOST
  value: "0.0.0.0"
{{- if $secrets.grpcTls.existingSecretPrefix }}
- name: WENDU_GRPC_TLS_CERT_FILE
  value: /etc/wendu/grpc-tls/tls.crt
- name: WENDU_GRPC_TLS_KEY_FILE
  value: /etc/wendu/grpc-tls/tls.key
- name: WENDU_GRPC_TLS_CA_FILE
  value: /etc/wendu/grpc-tls/ca.crt
- name: WENDU_GRPC_TLS_CLIENT_AUTH
  value: {{ $secrets.grpcTls.clientAuth | quote }}
- name: WENDU_GRPC_HEALTH_PORT
  value: {{ $root.Values.default.healthPort | quote }}
{{- else }}
# The services refuse plaintext gRPC beyond loopback: without secrets.grpcTls a mesh encrypts it.
- name: WENDU_GRPC_ALLOW_PLAINTEXT
  value: "true"
{{- end }}
- name: WENDU_GRPC_PORT
  value: {{ .svc.grpcPort | quote }}
- name: WENDU_METRICS_PORT
  value: {{ .svc.metricsPort | quote }}
- name: WENDU_KAFKA_BOOTSTRAP
  value: {{ required "config.kafkaBootstrap is required: the Kafka bootstrap servers, e.g. kafka.data.svc:9092" $config.kafkaBootstrap | quote }}
- name: WENDU_MONGO_DB
  value: {{ $config.mongoDatabase | quote }}
- name: WENDU_KAFKA_SECURITY_PROTOCOL
  value: {{ $config.kafka.securityProtocol | quote }}
- name: WENDU_KAFKA_SASL_MECHANISM
  value: {{ $config.kafka.saslMechanism | quote }}
- name: WENDU_KAFKA_CREATE_TOPICS
  value: {{ $config.kafka.topics.create | quote }}
- name: WENDU_KAFKA_TOPIC_PARTITIONS
  value: {{ $config.kafka.topics.partitions | quote }}
- name: WENDU_KAFKA_TOPIC_REPLICATION_FACTOR
  value: {{ $config.kafka.topics.replicationFactor | quote }}
- name: WENDU_KAFKA_TOPIC_RETENTION_MS
  value: {{ $config.kafka.topics.retentionMs | quote }}
{{- if $secrets.kafkaCa.existingSecret }}
- name: WENDU_KAFKA_CA_FILE
  value: /etc/wendu/kafka-ca/{{ $secrets.kafkaCa.key }}
{{- end }}
{{- with $secrets.kafkaCredentials }}
{{- if .existingSecretPrefix }}
{{- $kafkaSecret := printf "%s-%s" .existingSecretPrefix $.name }}
{{ include "wendu.secretEnv" (dict "env" "WENDU_KAFKA_USERNAME" "ref" (dict "existingSecret" $kafkaSecret "key" .usernameKey)) }}
{{ include "wendu.secretEnv" (dict "env" "WENDU_KAFKA_PASSWORD" "ref" (dict "existingSecret" $kafkaSecret "key" .passwordKey)) }}
{{- end }}
{{- end }}
- name: WENDU_CONSUMER_GROUP_PREFIX
  value: {{ $config.consumerGroupPrefix | quote }}
- name: WENDU_LOG_LEVEL
  value: {{ $config.logLevel | quote }}
- name: WENDU_AUDIT_RETENTION_DAYS
  value: {{ $config.auditRetentionDays | quote }}
- name: WENDU_LLM_PROVIDER
  value: {{ $config.llm.provider | quote }}
{{- if eq $config.llm.provider "openai" }}
- name: WENDU_LLM_BASE_URL
  value: {{ required "config.llm.baseUrl is required with config.llm.provider openai" $config.llm.baseUrl | quote }}
- name: WENDU_LLM_MODEL
  value: {{ required "config.llm.model is required with config.llm.provider openai" $config.llm.model | quote }}
{{- end }}
{{- range $key := keys $root.Values.services | sortAlpha }}
{{- $peer := index $root.Values.services $key }}
- name: {{ printf "WENDU_%s_ADDR" (snakecase $key | upper) }}
  value: {{ printf "%s:%v" (include "wendu.apiServiceName" (dict "root" $root "name" (include "wendu.serviceName" $key))) $peer.grpcPort | quote }}
{{- end }}
{{ include "wendu.secretEnv" (dict "env" "WENDU_MONGO_URI" "ref" $secrets.mongoUri) }}
{{ include "wendu.secretEnv" (dict "env" "WENDU_AUTH_SECRET" "ref" $secrets.authSecret) }}
{{- if and .svc.encryptionKey (eq .role "api") }}
{{ include "wendu.secretEnv" (dict "env" "WENDU_ENCRYPTION_KEY" "ref" $secrets.encryptionKey) }}
{{- end }}
{{- if and .svc.llm $secrets.llmApiKey.existingSecret }}
{{ include "wendu.secretEnv" (dict "env" "WENDU_LLM_API_KEY" "ref" $secrets.llmApiKey) }}
{{- end }}
{{- with $root.Values.default.env }}
{{ toYaml . }}
{{- end }}
{{- with .svc.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* The budget: minAvailable when set, else maxUnavailable. Arg: {pdb, where}. */}}
{{- define "wendu.pdbSpec" -}}
{{- if hasKey .pdb "minAvailable" -}}
minAvailable: {{ .pdb.minAvailable }}
{{- else if hasKey .pdb "maxUnavailable" -}}
maxUnavailable: {{ .pdb.maxUnavailable }}
{{- else -}}
{{- fail (printf "%s: set minAvailable or maxUnavailable" .where) -}}
{{- end -}}
{{- end -}}
