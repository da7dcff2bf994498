// The standard library's and Qt Core's headers that most of Reper's translation units include,
// compiled once per target (cmake/ReperPrecompile.cmake). Third-party headers only: a file still
// includes what it uses, and the fuzz build, which has no precompiled headers, checks that.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <spdlog/logger.h>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>
