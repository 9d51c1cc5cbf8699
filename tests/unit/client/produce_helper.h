#pragma once

#include <cstdint>
#include <string>

// Appends `count` small records to one partition of a broker on 127.0.0.1, with acks=1,
// so the admin tests have offsets to look at. Returns false if the broker refused.
bool produceRecords(uint16_t port, const std::string& topic, int32_t partition, int count);
