#include "common/error_code.h"

namespace samsa {

std::string_view errorName(ErrorCode e) {
    switch (e) {
    case ErrorCode::UnknownServerError: return "UNKNOWN_SERVER_ERROR";
    case ErrorCode::None: return "NONE";
    case ErrorCode::OffsetOutOfRange: return "OFFSET_OUT_OF_RANGE";
    case ErrorCode::CorruptMessage: return "CORRUPT_MESSAGE";
    case ErrorCode::UnknownTopicOrPartition: return "UNKNOWN_TOPIC_OR_PARTITION";
    case ErrorCode::InvalidFetchSize: return "INVALID_FETCH_SIZE";
    case ErrorCode::LeaderNotAvailable: return "LEADER_NOT_AVAILABLE";
    case ErrorCode::NotLeaderOrFollower: return "NOT_LEADER_OR_FOLLOWER";
    case ErrorCode::RequestTimedOut: return "REQUEST_TIMED_OUT";
    case ErrorCode::BrokerNotAvailable: return "BROKER_NOT_AVAILABLE";
    case ErrorCode::ReplicaNotAvailable: return "REPLICA_NOT_AVAILABLE";
    case ErrorCode::MessageTooLarge: return "MESSAGE_TOO_LARGE";
    case ErrorCode::StaleControllerEpoch: return "STALE_CONTROLLER_EPOCH";
    case ErrorCode::OffsetMetadataTooLarge: return "OFFSET_METADATA_TOO_LARGE";
    case ErrorCode::NetworkException: return "NETWORK_EXCEPTION";
    case ErrorCode::CoordinatorLoadInProgress: return "COORDINATOR_LOAD_IN_PROGRESS";
    case ErrorCode::CoordinatorNotAvailable: return "COORDINATOR_NOT_AVAILABLE";
    case ErrorCode::NotCoordinator: return "NOT_COORDINATOR";
    case ErrorCode::InvalidTopicException: return "INVALID_TOPIC_EXCEPTION";
    case ErrorCode::RecordListTooLarge: return "RECORD_LIST_TOO_LARGE";
    case ErrorCode::NotEnoughReplicas: return "NOT_ENOUGH_REPLICAS";
    case ErrorCode::NotEnoughReplicasAfterAppend: return "NOT_ENOUGH_REPLICAS_AFTER_APPEND";
    case ErrorCode::InvalidRequiredAcks: return "INVALID_REQUIRED_ACKS";
    case ErrorCode::IllegalGeneration: return "ILLEGAL_GENERATION";
    case ErrorCode::InconsistentGroupProtocol: return "INCONSISTENT_GROUP_PROTOCOL";
    case ErrorCode::InvalidGroupId: return "INVALID_GROUP_ID";
    case ErrorCode::UnknownMemberId: return "UNKNOWN_MEMBER_ID";
    case ErrorCode::InvalidSessionTimeout: return "INVALID_SESSION_TIMEOUT";
    case ErrorCode::RebalanceInProgress: return "REBALANCE_IN_PROGRESS";
    case ErrorCode::InvalidCommitOffsetSize: return "INVALID_COMMIT_OFFSET_SIZE";
    case ErrorCode::TopicAuthorizationFailed: return "TOPIC_AUTHORIZATION_FAILED";
    case ErrorCode::GroupAuthorizationFailed: return "GROUP_AUTHORIZATION_FAILED";
    case ErrorCode::ClusterAuthorizationFailed: return "CLUSTER_AUTHORIZATION_FAILED";
    case ErrorCode::InvalidTimestamp: return "INVALID_TIMESTAMP";
    case ErrorCode::UnsupportedSaslMechanism: return "UNSUPPORTED_SASL_MECHANISM";
    case ErrorCode::IllegalSaslState: return "ILLEGAL_SASL_STATE";
    case ErrorCode::UnsupportedVersion: return "UNSUPPORTED_VERSION";
    case ErrorCode::TopicAlreadyExists: return "TOPIC_ALREADY_EXISTS";
    case ErrorCode::InvalidPartitions: return "INVALID_PARTITIONS";
    case ErrorCode::InvalidReplicationFactor: return "INVALID_REPLICATION_FACTOR";
    case ErrorCode::InvalidReplicaAssignment: return "INVALID_REPLICA_ASSIGNMENT";
    case ErrorCode::InvalidConfig: return "INVALID_CONFIG";
    case ErrorCode::NotController: return "NOT_CONTROLLER";
    case ErrorCode::InvalidRequest: return "INVALID_REQUEST";
    case ErrorCode::UnsupportedForMessageFormat: return "UNSUPPORTED_FOR_MESSAGE_FORMAT";
    case ErrorCode::PolicyViolation: return "POLICY_VIOLATION";
    case ErrorCode::OutOfOrderSequenceNumber: return "OUT_OF_ORDER_SEQUENCE_NUMBER";
    case ErrorCode::DuplicateSequenceNumber: return "DUPLICATE_SEQUENCE_NUMBER";
    case ErrorCode::InvalidProducerEpoch: return "INVALID_PRODUCER_EPOCH";
    case ErrorCode::InvalidTxnState: return "INVALID_TXN_STATE";
    case ErrorCode::InvalidProducerIdMapping: return "INVALID_PRODUCER_ID_MAPPING";
    case ErrorCode::InvalidTransactionTimeout: return "INVALID_TRANSACTION_TIMEOUT";
    case ErrorCode::ConcurrentTransactions: return "CONCURRENT_TRANSACTIONS";
    case ErrorCode::TransactionCoordinatorFenced: return "TRANSACTION_COORDINATOR_FENCED";
    case ErrorCode::TransactionalIdAuthorizationFailed: return "TRANSACTIONAL_ID_AUTHORIZATION_FAILED";
    case ErrorCode::SecurityDisabled: return "SECURITY_DISABLED";
    case ErrorCode::OperationNotAttempted: return "OPERATION_NOT_ATTEMPTED";
    case ErrorCode::KafkaStorageError: return "KAFKA_STORAGE_ERROR";
    case ErrorCode::LogDirNotFound: return "LOG_DIR_NOT_FOUND";
    case ErrorCode::SaslAuthenticationFailed: return "SASL_AUTHENTICATION_FAILED";
    case ErrorCode::UnknownProducerId: return "UNKNOWN_PRODUCER_ID";
    case ErrorCode::ReassignmentInProgress: return "REASSIGNMENT_IN_PROGRESS";
    case ErrorCode::DelegationTokenAuthDisabled: return "DELEGATION_TOKEN_AUTH_DISABLED";
    case ErrorCode::DelegationTokenNotFound: return "DELEGATION_TOKEN_NOT_FOUND";
    case ErrorCode::DelegationTokenOwnerMismatch: return "DELEGATION_TOKEN_OWNER_MISMATCH";
    case ErrorCode::DelegationTokenRequestNotAllowed: return "DELEGATION_TOKEN_REQUEST_NOT_ALLOWED";
    case ErrorCode::DelegationTokenAuthorizationFailed: return "DELEGATION_TOKEN_AUTHORIZATION_FAILED";
    case ErrorCode::DelegationTokenExpired: return "DELEGATION_TOKEN_EXPIRED";
    case ErrorCode::InvalidPrincipalType: return "INVALID_PRINCIPAL_TYPE";
    case ErrorCode::NonEmptyGroup: return "NON_EMPTY_GROUP";
    case ErrorCode::GroupIdNotFound: return "GROUP_ID_NOT_FOUND";
    case ErrorCode::FetchSessionIdNotFound: return "FETCH_SESSION_ID_NOT_FOUND";
    case ErrorCode::InvalidFetchSessionEpoch: return "INVALID_FETCH_SESSION_EPOCH";
    case ErrorCode::ListenerNotFound: return "LISTENER_NOT_FOUND";
    case ErrorCode::TopicDeletionDisabled: return "TOPIC_DELETION_DISABLED";
    case ErrorCode::FencedLeaderEpoch: return "FENCED_LEADER_EPOCH";
    case ErrorCode::UnknownLeaderEpoch: return "UNKNOWN_LEADER_EPOCH";
    case ErrorCode::UnsupportedCompressionType: return "UNSUPPORTED_COMPRESSION_TYPE";
    case ErrorCode::StaleBrokerEpoch: return "STALE_BROKER_EPOCH";
    case ErrorCode::OffsetNotAvailable: return "OFFSET_NOT_AVAILABLE";
    case ErrorCode::MemberIdRequired: return "MEMBER_ID_REQUIRED";
    case ErrorCode::PreferredLeaderNotAvailable: return "PREFERRED_LEADER_NOT_AVAILABLE";
    case ErrorCode::GroupMaxSizeReached: return "GROUP_MAX_SIZE_REACHED";
    case ErrorCode::FencedInstanceId: return "FENCED_INSTANCE_ID";
    case ErrorCode::EligibleLeadersNotAvailable: return "ELIGIBLE_LEADERS_NOT_AVAILABLE";
    case ErrorCode::ElectionNotNeeded: return "ELECTION_NOT_NEEDED";
    case ErrorCode::NoReassignmentInProgress: return "NO_REASSIGNMENT_IN_PROGRESS";
    case ErrorCode::GroupSubscribedToTopic: return "GROUP_SUBSCRIBED_TO_TOPIC";
    case ErrorCode::InvalidRecord: return "INVALID_RECORD";
    case ErrorCode::UnstableOffsetCommit: return "UNSTABLE_OFFSET_COMMIT";
    case ErrorCode::ThrottlingQuotaExceeded: return "THROTTLING_QUOTA_EXCEEDED";
    case ErrorCode::ProducerFenced: return "PRODUCER_FENCED";
    case ErrorCode::ResourceNotFound: return "RESOURCE_NOT_FOUND";
    case ErrorCode::DuplicateResource: return "DUPLICATE_RESOURCE";
    case ErrorCode::UnacceptableCredential: return "UNACCEPTABLE_CREDENTIAL";
    case ErrorCode::InconsistentVoterSet: return "INCONSISTENT_VOTER_SET";
    case ErrorCode::InvalidUpdateVersion: return "INVALID_UPDATE_VERSION";
    case ErrorCode::FeatureUpdateFailed: return "FEATURE_UPDATE_FAILED";
    case ErrorCode::PrincipalDeserializationFailure: return "PRINCIPAL_DESERIALIZATION_FAILURE";
    case ErrorCode::SnapshotNotFound: return "SNAPSHOT_NOT_FOUND";
    case ErrorCode::PositionOutOfRange: return "POSITION_OUT_OF_RANGE";
    case ErrorCode::UnknownTopicId: return "UNKNOWN_TOPIC_ID";
    case ErrorCode::DuplicateBrokerRegistration: return "DUPLICATE_BROKER_REGISTRATION";
    case ErrorCode::BrokerIdNotRegistered: return "BROKER_ID_NOT_REGISTERED";
    case ErrorCode::InconsistentTopicId: return "INCONSISTENT_TOPIC_ID";
    case ErrorCode::InconsistentClusterId: return "INCONSISTENT_CLUSTER_ID";
    case ErrorCode::TransactionalIdNotFound: return "TRANSACTIONAL_ID_NOT_FOUND";
    case ErrorCode::FetchSessionTopicIdError: return "FETCH_SESSION_TOPIC_ID_ERROR";
    case ErrorCode::IneligibleReplica: return "INELIGIBLE_REPLICA";
    case ErrorCode::NewLeaderElected: return "NEW_LEADER_ELECTED";
    case ErrorCode::OffsetMovedToTieredStorage: return "OFFSET_MOVED_TO_TIERED_STORAGE";
    case ErrorCode::FencedMemberEpoch: return "FENCED_MEMBER_EPOCH";
    case ErrorCode::UnreleasedInstanceId: return "UNRELEASED_INSTANCE_ID";
    case ErrorCode::UnsupportedAssignor: return "UNSUPPORTED_ASSIGNOR";
    case ErrorCode::StaleMemberEpoch: return "STALE_MEMBER_EPOCH";
    case ErrorCode::MismatchedEndpointType: return "MISMATCHED_ENDPOINT_TYPE";
    case ErrorCode::UnsupportedEndpointType: return "UNSUPPORTED_ENDPOINT_TYPE";
    case ErrorCode::UnknownControllerId: return "UNKNOWN_CONTROLLER_ID";
    case ErrorCode::UnknownSubscriptionId: return "UNKNOWN_SUBSCRIPTION_ID";
    case ErrorCode::TelemetryTooLarge: return "TELEMETRY_TOO_LARGE";
    case ErrorCode::InvalidRegistration: return "INVALID_REGISTRATION";
    case ErrorCode::TransactionAbortable: return "TRANSACTION_ABORTABLE";
    }
    return "UNKNOWN_ERROR_CODE";
}

std::string_view errorMessage(ErrorCode e) {
    switch (e) {
    case ErrorCode::UnknownServerError: return "the server hit an unexpected error";
    case ErrorCode::None: return "no error";
    case ErrorCode::OffsetOutOfRange: return "the requested offset is outside the range the partition holds";
    case ErrorCode::CorruptMessage: return "a record failed its CRC check or is otherwise corrupt";
    case ErrorCode::UnknownTopicOrPartition: return "this server does not host this topic or partition";
    case ErrorCode::LeaderNotAvailable: return "the partition has no leader right now";
    case ErrorCode::NotLeaderOrFollower: return "this broker is not the leader for the partition";
    case ErrorCode::RequestTimedOut: return "the request timed out";
    case ErrorCode::MessageTooLarge: return "the batch is larger than the maximum message size the topic allows";
    case ErrorCode::OffsetMetadataTooLarge: return "the commit metadata is too large";
    case ErrorCode::CoordinatorLoadInProgress: return "the coordinator is still loading its state";
    case ErrorCode::CoordinatorNotAvailable: return "the coordinator is not available";
    case ErrorCode::NotCoordinator: return "this broker is not the coordinator for the group or transaction";
    case ErrorCode::InvalidTopicException: return "the topic name is invalid";
    case ErrorCode::NotEnoughReplicas: return "fewer in-sync replicas than min.insync.replicas";
    case ErrorCode::InvalidRequiredAcks: return "acks must be -1, 0 or 1";
    case ErrorCode::IllegalGeneration: return "the group generation is stale";
    case ErrorCode::UnknownMemberId: return "the member id is not known to the coordinator";
    case ErrorCode::InvalidSessionTimeout: return "the session timeout is outside the range the broker allows";
    case ErrorCode::RebalanceInProgress: return "the group is rebalancing";
    case ErrorCode::TopicAuthorizationFailed: return "not authorized to access the topic";
    case ErrorCode::GroupAuthorizationFailed: return "not authorized to access the group";
    case ErrorCode::ClusterAuthorizationFailed: return "not authorized for this cluster operation";
    case ErrorCode::InvalidTimestamp: return "the record timestamp is out of the accepted range";
    case ErrorCode::UnsupportedSaslMechanism: return "the broker does not support this SASL mechanism";
    case ErrorCode::UnsupportedVersion: return "the broker does not support this version of the request";
    case ErrorCode::TopicAlreadyExists: return "a topic with this name already exists";
    case ErrorCode::InvalidPartitions: return "the number of partitions is invalid";
    case ErrorCode::InvalidReplicationFactor: return "the replication factor is invalid or larger than the number of brokers";
    case ErrorCode::InvalidReplicaAssignment: return "the replica assignment is invalid";
    case ErrorCode::InvalidConfig: return "a configuration value is invalid";
    case ErrorCode::NotController: return "this broker is not the controller";
    case ErrorCode::InvalidRequest: return "the request is malformed";
    case ErrorCode::PolicyViolation: return "the request violates a broker policy";
    case ErrorCode::OutOfOrderSequenceNumber: return "the broker received an out-of-order sequence number";
    case ErrorCode::DuplicateSequenceNumber: return "the batch is a duplicate of one already written";
    case ErrorCode::InvalidProducerEpoch: return "the producer epoch is stale";
    case ErrorCode::InvalidTxnState: return "the transaction is not in a state that allows this operation";
    case ErrorCode::InvalidTransactionTimeout: return "the transaction timeout is larger than transaction.max.timeout.ms";
    case ErrorCode::ConcurrentTransactions: return "a previous transaction of this producer is still completing";
    case ErrorCode::KafkaStorageError: return "the broker failed to read or write its log";
    case ErrorCode::SaslAuthenticationFailed: return "authentication failed";
    case ErrorCode::UnknownProducerId: return "the broker has no state for this producer id";
    case ErrorCode::NonEmptyGroup: return "the group still has active members";
    case ErrorCode::GroupIdNotFound: return "the group does not exist";
    case ErrorCode::TopicDeletionDisabled: return "topic deletion is disabled on this cluster";
    case ErrorCode::UnsupportedCompressionType: return "the compression type is not supported by this version of the request";
    case ErrorCode::MemberIdRequired: return "the member must rejoin with the member id the coordinator assigned";
    case ErrorCode::GroupMaxSizeReached: return "the group has reached its maximum size";
    case ErrorCode::FencedInstanceId: return "another member with this group.instance.id has replaced this one";
    case ErrorCode::ElectionNotNeeded: return "the preferred leader already leads";
    case ErrorCode::GroupSubscribedToTopic: return "the group is still subscribed to the topic";
    case ErrorCode::InvalidRecord: return "a record failed validation";
    case ErrorCode::ThrottlingQuotaExceeded: return "a quota was exceeded";
    case ErrorCode::ProducerFenced: return "a newer producer with the same transactional id has fenced this one";
    case ErrorCode::TransactionalIdNotFound: return "the transactional id is not known";
    default: break;
    }
    return errorName(e);
}

bool isRetriable(ErrorCode e) {
    switch (e) {
    case ErrorCode::BrokerNotAvailable:
    case ErrorCode::ConcurrentTransactions:
    case ErrorCode::CoordinatorLoadInProgress:
    case ErrorCode::CoordinatorNotAvailable:
    case ErrorCode::CorruptMessage:
    case ErrorCode::EligibleLeadersNotAvailable:
    case ErrorCode::FencedLeaderEpoch:
    case ErrorCode::FetchSessionIdNotFound:
    case ErrorCode::FetchSessionTopicIdError:
    case ErrorCode::InconsistentTopicId:
    case ErrorCode::InvalidFetchSessionEpoch:
    case ErrorCode::KafkaStorageError:
    case ErrorCode::LeaderNotAvailable:
    case ErrorCode::ListenerNotFound:
    case ErrorCode::NetworkException:
    case ErrorCode::NotController:
    case ErrorCode::NotCoordinator:
    case ErrorCode::NotEnoughReplicas:
    case ErrorCode::NotEnoughReplicasAfterAppend:
    case ErrorCode::NotLeaderOrFollower:
    case ErrorCode::OffsetNotAvailable:
    case ErrorCode::PreferredLeaderNotAvailable:
    case ErrorCode::RebalanceInProgress:
    case ErrorCode::ReplicaNotAvailable:
    case ErrorCode::RequestTimedOut:
    case ErrorCode::ThrottlingQuotaExceeded:
    case ErrorCode::UnknownLeaderEpoch:
    case ErrorCode::UnknownTopicId:
    case ErrorCode::UnknownTopicOrPartition:
    case ErrorCode::UnstableOffsetCommit:
        return true;
    default:
        return false;
    }
}

} // namespace samsa
