// @generated — do not edit; run `cargo xtask codegen`
//! Compiled with the features (any of) `agents`, `cdp`, `jobs`, `nas`, `query`.

#[allow(unused_imports)]
use super::*;

/// Possible values of JobScheduleDailyOptionsType.Days, JobScheduleMonthlyOptionsType.DayOfWeek, WeeklyOptionsInfoType.SelectedDay.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DaysOfWeekEnumeration {
    /// `Sunday`
    Sunday,
    /// `Monday`
    Monday,
    /// `Tuesday`
    Tuesday,
    /// `Wednesday`
    Wednesday,
    /// `Thursday`
    Thursday,
    /// `Friday`
    Friday,
    /// `Saturday`
    Saturday,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl DaysOfWeekEnumeration {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sunday => "Sunday",
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Sunday" => Self::Sunday,
            "Monday" => Self::Monday,
            "Tuesday" => Self::Tuesday,
            "Wednesday" => Self::Wednesday,
            "Thursday" => Self::Thursday,
            "Friday" => Self::Friday,
            "Saturday" => Self::Saturday,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for DaysOfWeekEnumeration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DaysOfWeekEnumeration {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for DaysOfWeekEnumeration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for DaysOfWeekEnumeration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for DaysOfWeekEnumeration {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of JobScheduleDailyOptionsType.Kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobScheduleDailyOptionsTypeKind {
    /// `Everyday`
    Everyday,
    /// `WeekDays`
    WeekDays,
    /// `SelectedDays`
    SelectedDays,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl JobScheduleDailyOptionsTypeKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Everyday => "Everyday",
            Self::WeekDays => "WeekDays",
            Self::SelectedDays => "SelectedDays",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Everyday" => Self::Everyday,
            "WeekDays" => Self::WeekDays,
            "SelectedDays" => Self::SelectedDays,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for JobScheduleDailyOptionsTypeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for JobScheduleDailyOptionsTypeKind {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for JobScheduleDailyOptionsTypeKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for JobScheduleDailyOptionsTypeKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for JobScheduleDailyOptionsTypeKind {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of JobScheduleMonthlyOptionsType.Months, YearlyOptionsInfoType.SelectedMonth.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobScheduleMonthEnumeration {
    /// `January`
    January,
    /// `February`
    February,
    /// `March`
    March,
    /// `April`
    April,
    /// `May`
    May,
    /// `June`
    June,
    /// `July`
    July,
    /// `August`
    August,
    /// `September`
    September,
    /// `October`
    October,
    /// `November`
    November,
    /// `December`
    December,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl JobScheduleMonthEnumeration {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::January => "January",
            Self::February => "February",
            Self::March => "March",
            Self::April => "April",
            Self::May => "May",
            Self::June => "June",
            Self::July => "July",
            Self::August => "August",
            Self::September => "September",
            Self::October => "October",
            Self::November => "November",
            Self::December => "December",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "January" => Self::January,
            "February" => Self::February,
            "March" => Self::March,
            "April" => Self::April,
            "May" => Self::May,
            "June" => Self::June,
            "July" => Self::July,
            "August" => Self::August,
            "September" => Self::September,
            "October" => Self::October,
            "November" => Self::November,
            "December" => Self::December,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for JobScheduleMonthEnumeration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for JobScheduleMonthEnumeration {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for JobScheduleMonthEnumeration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for JobScheduleMonthEnumeration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for JobScheduleMonthEnumeration {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of JobSchedulePeriodicallyOptionsType.Kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobSchedulePeriodicallyOptionsTypeKind {
    /// `Hours`
    Hours,
    /// `Minutes`
    Minutes,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl JobSchedulePeriodicallyOptionsTypeKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hours => "Hours",
            Self::Minutes => "Minutes",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Hours" => Self::Hours,
            "Minutes" => Self::Minutes,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for JobSchedulePeriodicallyOptionsTypeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for JobSchedulePeriodicallyOptionsTypeKind {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for JobSchedulePeriodicallyOptionsTypeKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for JobSchedulePeriodicallyOptionsTypeKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for JobSchedulePeriodicallyOptionsTypeKind {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of MonthlyOptionsInfoType.SelectedWeek.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MonthlyOptionsInfoTypeSelectedWeek {
    /// `First`
    First,
    /// `Last`
    Last,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl MonthlyOptionsInfoTypeSelectedWeek {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::First => "First",
            Self::Last => "Last",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "First" => Self::First,
            "Last" => Self::Last,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for MonthlyOptionsInfoTypeSelectedWeek {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for MonthlyOptionsInfoTypeSelectedWeek {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for MonthlyOptionsInfoTypeSelectedWeek {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MonthlyOptionsInfoTypeSelectedWeek {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for MonthlyOptionsInfoTypeSelectedWeek {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}

/// Possible values of ScheduleOptionsInfoType.RetainLimitType, SimpleRetentionPolicy.RetainLimitType.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetainLimitType {
    /// Keep the last &lt;N&gt; restore points, where &lt;N&gt; is the specified number of restore points.
    Cycles,
    /// Keep restore points created during the last &lt;N&gt; days, where &lt;N&gt; is the specified number of days.
    Days,
    /// A value the documentation does not list, kept as sent.
    Other(String),
}

impl RetainLimitType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cycles => "Cycles",
            Self::Days => "Days",
            Self::Other(s) => s,
        }
    }

    /// The variant for a wire value; unknown values become [`Self::Other`].
    pub fn from_wire(s: &str) -> Self {
        match s {
            "Cycles" => Self::Cycles,
            "Days" => Self::Days,
            other => Self::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for RetainLimitType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RetainLimitType {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(s))
    }
}

impl serde::Serialize for RetainLimitType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RetainLimitType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::json::wire(deserializer)
    }
}

impl crate::runtime::xml::XmlText for RetainLimitType {
    fn from_text(s: &str) -> Result<Self, crate::runtime::DecodeError> {
        Ok(Self::from_wire(s))
    }

    fn to_text(&self) -> String {
        self.as_str().to_string()
    }
}
