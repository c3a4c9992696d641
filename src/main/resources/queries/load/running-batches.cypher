// The running transaction of one tagged load statement, and the batch transactions its CALL { } IN TRANSACTIONS
// opens one after another. Run against the system database, so polling takes no transaction id from the database
// being loaded.
SHOW TRANSACTIONS
YIELD transactionId, outerTransactionId, metaData
WHERE metaData.songbunLoad = $tag OR outerTransactionId <> ''
RETURN transactionId, outerTransactionId, coalesce(metaData.songbunLoad = $tag, false) AS tagged
