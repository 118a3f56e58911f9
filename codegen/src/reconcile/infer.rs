//! Structs from tables and samples. Samples are the truth about the wire (names, attributes
//! versus elements, wrappers, repetition, order); tables add descriptions, types, occurrence and
//! the fields no sample shows. Every place the two disagree becomes a diagnostic.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToSnakeCase;

use super::schema::{FieldDef, JsonList, StructDef, ValueType, XmlPlacement};
use super::tree::{self, Node};
use crate::diag::{Code, Diagnostic, Source};
use crate::extract::facts::{Field, MaxOccurs};
use crate::extract::sample::{Completeness, Format};
use crate::merge::types::{enum_name, is_primitive};
use crate::model::Model;

/// How a child element of a type is carried.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shape {
    Scalar,
    Struct(String),
    /// `<wrapper><item/>…</wrapper>`, items of this struct type (or scalars when `None`).
    Wrapped {
        item: String,
        item_ty: Option<String>,
    },
}

#[derive(Debug, Default)]
struct Observed {
    source: Source,
    table: Vec<Field>,
    instances: Vec<Node>,
    /// Parents made up around a field fragment: they show fields, not which are absent.
    partial: Vec<Node>,
    roots: BTreeSet<String>,
    response_root: bool,
}

pub struct Inferer<'m> {
    model: &'m Model,
    types: BTreeMap<String, Observed>,
    shapes: BTreeMap<(String, String), Shape>,
    /// Every occurrence of each (parent type, child element), for deciding its shape.
    seen: BTreeMap<(String, String), Vec<Node>>,
    /// Item type → (wrapper, item) element names, from fragments rooted at a list wrapper.
    wrappers: BTreeMap<String, (String, String)>,
    pub diagnostics: Vec<Diagnostic>,
    /// The scalar values the samples show, for typing fields by name afterwards.
    sample_values: super::value_types::SampleValues,
}

const ENTITY_ATTRIBUTES: &[&str] = &["UID", "Name", "Href", "Type"];

impl<'m> Inferer<'m> {
    pub fn new(model: &'m Model) -> Self {
        let mut me = Inferer {
            model,
            types: BTreeMap::new(),
            shapes: BTreeMap::new(),
            seen: BTreeMap::new(),
            wrappers: BTreeMap::new(),
            diagnostics: Vec::new(),
            sample_values: BTreeMap::new(),
        };
        let response_types: BTreeSet<&str> = model
            .operations
            .iter()
            .filter_map(|o| o.response_body.as_ref()?.type_name.as_deref())
            .collect();
        for t in model.types.values() {
            let obs = me.observed(&t.name);
            obs.response_root = response_types.contains(t.name.as_str());
        }
        // Samples first found their types, then their children are assigned recursively.
        for t in model.types.values() {
            for s in &t.samples {
                let whole = matches!(
                    s.sample.completeness,
                    Completeness::Complete | Completeness::Elided
                );
                if s.sample.format != Format::Xml || !whole {
                    continue;
                }
                let Some(node) = tree::parse(&s.sample.body) else {
                    continue;
                };
                // A sub-section's fragment may show the list around the documented item
                // (`<ComputeResources><ComputeResource>…` for the ComputeResource table).
                if let Some(item) = wrapped_items(&t.fields, &node) {
                    me.wrappers
                        .insert(t.name.clone(), (node.name.clone(), item));
                    for child in node.children {
                        me.assign(&t.name, child);
                    }
                    continue;
                }
                // Or a fragment showing one field of the type (`<CloudGateways>` of a pool):
                // it describes that field, inside a parent that is otherwise unknown.
                let is_field = node.name != t.name
                    && t.fields
                        .iter()
                        .any(|f| f.name.eq_ignore_ascii_case(&node.name))
                    && !me.observed(&t.name).roots.contains(&node.name);
                if is_field {
                    me.assign_partial(&t.name, node);
                    continue;
                }
                me.observed(&t.name).roots.insert(node.name.clone());
                me.assign(&t.name, node);
            }
        }
        me
    }

    fn observed(&mut self, name: &str) -> &mut Observed {
        let model = self.model;
        self.types
            .entry(name.to_string())
            .or_insert_with(|| match model.types.get(name) {
                Some(t) => Observed {
                    source: t.source.clone(),
                    table: t.fields.clone(),
                    ..Default::default()
                },
                None => Observed::default(),
            })
    }

    fn table_field<'a>(table: &'a [Field], name: &str) -> Option<&'a Field> {
        table
            .iter()
            .find(|f| f.name == name)
            .or_else(|| table.iter().find(|f| f.name.eq_ignore_ascii_case(name)))
    }

    /// The struct a complex child is given: the table's type for the field, a documented type of
    /// the same name, else the element's own name (shared by every parent that has it, so the
    /// struct is the union of what they show).
    fn child_type(&self, parent: &str, child: &str) -> String {
        let table = self
            .types
            .get(parent)
            .map(|o| o.table.as_slice())
            .unwrap_or(&[]);
        if let Some(f) = Self::table_field(table, child) {
            if !is_primitive(&f.type_name)
                && self
                    .model
                    .types
                    .get(&f.type_name)
                    .is_some_and(|t| !t.fields.is_empty())
            {
                return f.type_name.clone();
            }
        }
        if self.model.types.contains_key(child) {
            return child.to_string();
        }
        let named_with_table = self
            .model
            .types
            .get(child)
            .is_some_and(|t| !t.fields.is_empty());
        if named_with_table {
            format!("{parent}{child}")
        } else {
            child.to_string()
        }
    }

    /// The shape of `parent`'s child element, from every occurrence of it seen so far: an
    /// empty first occurrence must not make a list a scalar, nor one sample's single item
    /// make a struct a wrapper.
    fn decide(&self, parent: &str, nodes: &[Node]) -> Shape {
        let name = nodes.first().map(|n| n.name.clone()).unwrap_or_default();
        let complex: Vec<&Node> = nodes.iter().filter(|n| !n.is_scalar()).collect();
        if complex.is_empty() {
            return Shape::Scalar;
        }
        let first = complex[0].children.first().map(|c| c.name.as_str());
        let table = self
            .types
            .get(parent)
            .map(|o| o.table.clone())
            .unwrap_or_default();
        // A documented struct with several fields is not a wrapper, even if a sample shows one.
        let documented_struct = Self::table_field(&table, &name)
            .and_then(|f| self.model.types.get(&f.type_name))
            .is_some_and(|t| {
                t.fields.len() > 1 && !t.fields.iter().any(|f| Some(f.name.as_str()) == first)
            });
        let wrapper = first.is_some()
            && !documented_struct
            && complex.iter().all(|n| {
                n.attrs.is_empty()
                    && n.text.trim().is_empty()
                    && !n.children.is_empty()
                    && n.children.iter().all(|c| Some(c.name.as_str()) == first)
            });
        if !wrapper {
            return Shape::Struct(self.child_type(parent, &name));
        }
        let item = first.unwrap_or_default().to_string();
        let complex_items = complex
            .iter()
            .flat_map(|n| &n.children)
            .any(|c| !c.is_scalar());
        let item_ty = complex_items.then(|| {
            Self::table_field(&table, &item)
                .filter(|f| {
                    !is_primitive(&f.type_name) && self.model.types.contains_key(&f.type_name)
                })
                .map(|f| f.type_name.clone())
                .unwrap_or_else(|| self.child_type(parent, &item))
        });
        Shape::Wrapped { item, item_ty }
    }

    /// A fragment holding one child of `ty`: the child's shape and type are learned, but the
    /// parent instance is not (its other fields are unknown, not absent).
    fn assign_partial(&mut self, ty: &str, child: Node) {
        let parent = Node {
            name: ty.to_string(),
            attrs: Vec::new(),
            children: vec![child],
            text: String::new(),
        };
        self.observed(ty).partial.push(parent.clone());
        for child in parent.children {
            self.assign_child(ty, child);
        }
    }

    fn assign_child(&mut self, ty: &str, child: Node) {
        let key = (ty.to_string(), child.name.clone());
        let seen = self.seen.entry(key.clone()).or_default();
        seen.push(child.clone());
        let nodes = seen.clone();
        let shape = self.decide(ty, &nodes);
        let changed = self.shapes.get(&key) != Some(&shape);
        self.shapes.insert(key, shape.clone());
        // A new decision takes every occurrence along, not just this one.
        let todo = if changed { nodes } else { vec![child] };
        for node in todo {
            self.place(&shape, node);
        }
    }

    fn place(&mut self, shape: &Shape, child: Node) {
        match shape {
            Shape::Scalar => {}
            Shape::Struct(name) => self.assign(name, child),
            Shape::Wrapped {
                item_ty: Some(item_ty),
                ..
            } => {
                for gc in child.children {
                    if !gc.is_scalar() {
                        self.assign(item_ty, gc);
                    }
                }
            }
            Shape::Wrapped { item_ty: None, .. } => {}
        }
    }

    fn assign(&mut self, ty: &str, node: Node) {
        let children = node.children.clone();
        self.observed(ty).instances.push(node);
        for child in children {
            self.assign_child(ty, child);
        }
    }

    /// Builds every struct.
    /// The structs, the diagnostics, and the scalar values the samples show.
    pub fn structs(
        mut self,
    ) -> (
        BTreeMap<String, StructDef>,
        Vec<Diagnostic>,
        super::value_types::SampleValues,
    ) {
        let names: Vec<String> = self.types.keys().cloned().collect();
        let mut out = BTreeMap::new();
        for name in names {
            if let Some(def) = self.build(&name) {
                out.insert(name, def);
            }
        }
        // A field may name a struct no sample or table produced: carry it as text.
        let known: BTreeSet<String> = out.keys().cloned().collect();
        for def in out.values_mut() {
            for f in &mut def.fields {
                if let ValueType::Struct(s) = &f.ty {
                    if !known.contains(s) {
                        f.ty = ValueType::String;
                    }
                }
            }
        }
        (out, self.diagnostics, self.sample_values)
    }

    fn build(&mut self, name: &str) -> Option<StructDef> {
        let obs = self.types.get(name)?;
        if obs.table.is_empty() && obs.instances.is_empty() && obs.partial.is_empty() {
            return None;
        }
        let source = obs.source.clone();
        let complete = obs.instances.clone();
        let instances: Vec<Node> = obs.instances.iter().chain(&obs.partial).cloned().collect();
        let table = obs.table.clone();
        let response_root = obs.response_root;
        let mut fields: Vec<FieldDef> = Vec::new();
        let mut matched: BTreeSet<String> = BTreeSet::new();
        // Table field name → the wire name it was matched to.
        let mut wire_of: BTreeMap<String, String> = BTreeMap::new();
        let mut sample_source = source.clone();
        if let Some(s) = self.model.types.get(name).and_then(|t| t.samples.first()) {
            sample_source = s.source.clone();
        }

        // Attributes, in order of first appearance.
        let mut attrs: Vec<String> = Vec::new();
        let mut attr_values: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for i in &instances {
            for (k, v) in &i.attrs {
                if !attrs.contains(k) {
                    attrs.push(k.clone());
                }
                attr_values.entry(k.clone()).or_default().push(v.clone());
            }
        }
        for a in &attrs {
            let tf = self.match_table(&table, a, &matched, name, &sample_source);
            if let Some(f) = tf {
                matched.insert(f.name.clone());
                wire_of.insert(f.name.clone(), a.clone());
            }
            let values = attr_values.get(a).cloned().unwrap_or_default();
            let ty = self.scalar_type(name, a, tf, &values);
            fields.push(field(
                a,
                XmlPlacement::Attribute { name: a.clone() },
                ty,
                tf,
                false,
                "sample",
            ));
        }

        // Child elements: merged order, multiplicity, shape.
        let mut order: Vec<String> = Vec::new();
        let mut max_count: BTreeMap<String, usize> = BTreeMap::new();
        let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for i in &instances {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            let mut prev: Option<usize> = None;
            for c in &i.children {
                *counts.entry(&c.name).or_default() += 1;
                match order.iter().position(|n| n == &c.name) {
                    Some(p) => prev = Some(p),
                    None => {
                        let at = prev.map_or(order.len(), |p| p + 1);
                        order.insert(at, c.name.clone());
                        prev = Some(at);
                    }
                }
                if c.is_scalar() {
                    values
                        .entry(c.name.clone())
                        .or_default()
                        .push(c.text.clone());
                }
            }
            // `...` among the children elides more of the same: they repeat.
            let elided = i.text.contains("...") || i.text.contains('…');
            for (k, v) in counts {
                let e = max_count.entry(k.to_string()).or_default();
                *e = (*e).max(if elided { v.max(2) } else { v });
            }
        }
        // `...` between children is the docs eliding a list, not text.
        let has_text = instances.iter().any(|i| {
            let t = i.text.trim();
            !t.is_empty()
                && t != "..."
                && t != "…"
                && !(i.attrs.is_empty() && i.children.is_empty())
        });
        for child in &order {
            let shape = self
                .shapes
                .get(&(name.to_string(), child.clone()))
                .cloned()
                .unwrap_or(Shape::Scalar);
            // A collection's items repeat even where its sample shows one
            // (`<VmReplicaPointMounts><VmReplicaPointMount/>`, `XListType` of `X`):
            // representation_collections.md's convention.
            let collection_of_child = plural(child) == name
                || name.strip_suffix("ListType") == Some(child.as_str())
                || name.strip_suffix("List") == Some(child.as_str());
            let repeated = max_count.get(child).copied().unwrap_or(0) > 1 || collection_of_child;
            let (placement, ty, tf) = match &shape {
                Shape::Wrapped { item, item_ty } => {
                    let tf = self
                        .match_table(&table, child, &matched, name, &sample_source)
                        .or_else(|| {
                            Self::table_field(&table, item).filter(|f| !matched.contains(&f.name))
                        });
                    let ty = match item_ty {
                        Some(t) => ValueType::Struct(t.clone()),
                        None => {
                            let vals: Vec<String> = instances
                                .iter()
                                .flat_map(|i| i.children.iter().filter(|c| &c.name == child))
                                .flat_map(|w| w.children.iter().map(|c| c.text.clone()))
                                .collect();
                            self.scalar_type(name, item, tf, &vals)
                        }
                    };
                    (
                        XmlPlacement::Wrapped {
                            wrapper: child.clone(),
                            item: item.clone(),
                        },
                        ty,
                        tf,
                    )
                }
                Shape::Struct(_) | Shape::Scalar => {
                    let tf = self.match_table(&table, child, &matched, name, &sample_source);
                    let ty = match &shape {
                        Shape::Struct(s) => ValueType::Struct(s.clone()),
                        _ => {
                            let vals = values.get(child).cloned().unwrap_or_default();
                            self.scalar_type(name, child, tf, &vals)
                        }
                    };
                    let name = child.clone();
                    let p = if repeated || tf.is_some_and(unbounded) {
                        XmlPlacement::Elements { name }
                    } else {
                        XmlPlacement::Element { name }
                    };
                    (p, ty, tf)
                }
            };
            if let Some(f) = tf {
                matched.insert(f.name.clone());
                wire_of.insert(f.name.clone(), child.clone());
            }
            let everywhere = instances
                .iter()
                .all(|i| i.children.iter().any(|c| &c.name == child));
            let required = everywhere
                && !placement.is_list()
                && tf.is_some_and(|f| f.min_occurs.unwrap_or(0) >= 1);
            fields.push(field(child, placement, ty, tf, required, "sample"));
        }

        // Fields only the table lists, placed after their table predecessor.
        let sampled = !complete.is_empty();
        for (idx, tf) in table.iter().enumerate() {
            if matched.contains(&tf.name) {
                continue;
            }
            let as_attribute =
                ENTITY_ATTRIBUTES.contains(&tf.name.as_str()) && !sampled && response_root;
            let ty = self.table_type(name, tf);
            // Samples that leave a "1/1" field out show it is optional after all.
            let required =
                tf.min_occurs.unwrap_or(0) >= 1 && !as_attribute && !unbounded(tf) && !sampled;
            let hint = match &ty {
                ValueType::Struct(t) => self.wrappers.get(t).cloned(),
                _ => None,
            };
            let placement = if as_attribute {
                XmlPlacement::Attribute {
                    name: tf.name.clone(),
                }
            } else if let Some((wrapper, item)) = hint {
                XmlPlacement::Wrapped { wrapper, item }
            } else if unbounded(tf) {
                XmlPlacement::Elements {
                    name: tf.name.clone(),
                }
            } else {
                XmlPlacement::Element {
                    name: tf.name.clone(),
                }
            };
            let new = field(&tf.name, placement, ty, Some(tf), required, "table");
            // The same element under two names (a wrapper the sample already showed, or a
            // table that lists a field twice) is one field.
            if fields
                .iter()
                .any(|f| f.xml.key() == new.xml.key() || f.json == new.json)
            {
                continue;
            }
            wire_of.insert(tf.name.clone(), tf.name.clone());
            let attributes = fields
                .iter()
                .take_while(|f| matches!(f.xml, XmlPlacement::Attribute { .. }))
                .count();
            // After the nearest earlier table field that is an element on the wire.
            let after = table[..idx].iter().rev().find_map(|p| {
                let key = wire_of
                    .get(&p.name)
                    .cloned()
                    .unwrap_or_else(|| p.name.clone());
                fields.iter().position(|f| {
                    f.xml.key() == key && !matches!(f.xml, XmlPlacement::Attribute { .. })
                })
            });
            let at = match (&new.xml, after) {
                (XmlPlacement::Attribute { .. }, _) => attributes,
                (_, Some(p)) => p + 1,
                (_, None) => attributes,
            };
            fields.insert(at, new);
        }
        // Entities without samples still carry what every entity carries on the wire.
        if !sampled && response_root && fields.iter().any(|f| f.xml.key() == "UID") {
            for a in ["Href", "Type"] {
                if !fields.iter().any(|f| f.xml.key() == a) {
                    let ty = if a == "Href" {
                        ValueType::Url
                    } else {
                        ValueType::String
                    };
                    fields.insert(
                        0,
                        field(
                            a,
                            XmlPlacement::Attribute {
                                name: a.to_string(),
                            },
                            ty,
                            None,
                            false,
                            "convention",
                        ),
                    );
                }
            }
        }
        unique_names(&mut fields);
        Some(StructDef {
            source,
            name: name.to_string(),
            doc: String::new(),
            roots: self
                .types
                .get(name)
                .map(|o| o.roots.iter().cloned().collect())
                .unwrap_or_default(),
            fields,
            text: has_text.then_some(ValueType::String),
            text_json: "Value".to_string(),
        })
    }

    /// The table field a sample name stands for: same name, same name in another case, or a
    /// longer wire name (`CreationTimeUTC` for the table's `CreationTime`).
    fn match_table<'a>(
        &mut self,
        table: &'a [Field],
        wire: &str,
        matched: &BTreeSet<String>,
        owner: &str,
        at: &Source,
    ) -> Option<&'a Field> {
        let f = Self::table_field(table, wire)
            .filter(|f| !matched.contains(&f.name))
            .or_else(|| {
                table
                    .iter()
                    .filter(|f| !matched.contains(&f.name) && f.name.len() >= 4)
                    .find(|f| wire.starts_with(&f.name) && !table.iter().any(|g| g.name == wire))
            })?;
        if f.name != wire {
            self.diagnostics.push(Diagnostic::new(
                at.clone(),
                Code::TableSampleMismatch,
                format!(
                    "{owner}: the table writes {}, the sample {wire}; the wire name is {wire}",
                    f.name
                ),
            ));
        }
        Some(f)
    }

    /// A scalar's type: the table's when every sample value fits it, else text.
    fn scalar_type(
        &mut self,
        owner: &str,
        name: &str,
        tf: Option<&Field>,
        values: &[String],
    ) -> ValueType {
        self.sample_values
            .entry((owner.to_string(), name.to_string()))
            .or_default()
            .extend(values.iter().cloned());
        let ty = match tf {
            Some(f) => self.table_type(owner, f),
            None => match name {
                "UID" => ValueType::Uid,
                "Href" => ValueType::Url,
                _ => ValueType::String,
            },
        };
        let fits = |v: &String| {
            let v = v.trim();
            match &ty {
                ValueType::Int => v.parse::<i64>().is_ok(),
                ValueType::Float => v.parse::<f64>().is_ok(),
                ValueType::Bool => {
                    v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("false")
                }
                ValueType::Struct(_) => false,
                _ => true,
            }
        };
        if let Some(bad) = values.iter().find(|v| !fits(v)) {
            if let Some(f) = tf {
                self.diagnostics.push(Diagnostic::new(
                    f.source.clone(),
                    Code::TableSampleMismatch,
                    format!(
                        "{owner}.{name}: the table says {}, a sample has {bad:?}; carried as text",
                        f.type_name
                    ),
                ));
            }
            return ValueType::String;
        }
        ty
    }

    fn table_type(&self, owner: &str, f: &Field) -> ValueType {
        if !f.values.is_empty() {
            return ValueType::Enum(enum_name(owner, f));
        }
        match f.type_name.to_ascii_lowercase().as_str() {
            "int" | "integer" | "int32" | "int64" | "long" | "short" | "ushort" | "byte"
            | "uint32" | "uint64" => ValueType::Int,
            "double" | "float" | "decimal" => ValueType::Float,
            "boolean" | "bool" => ValueType::Bool,
            "datetime" => ValueType::DateTime,
            "uidtype" => ValueType::Uid,
            "uri" | "url" => ValueType::Url,
            _ if self
                .model
                .types
                .get(&f.type_name)
                .is_some_and(|t| !t.fields.is_empty()) =>
            {
                ValueType::Struct(f.type_name.clone())
            }
            _ => ValueType::String,
        }
    }
}

/// The item name when `node` is a list of elements whose children are the table's fields.
fn wrapped_items(table: &[Field], node: &Node) -> Option<String> {
    let first = node.children.first()?;
    if table.is_empty()
        || !node.attrs.is_empty()
        || table
            .iter()
            .any(|f| f.name.eq_ignore_ascii_case(&first.name))
        || !node.children.iter().all(|c| c.name == first.name)
    {
        return None;
    }
    let hits = first
        .children
        .iter()
        .filter(|c| table.iter().any(|f| f.name.eq_ignore_ascii_case(&c.name)))
        .count();
    (hits > 0 && hits * 2 >= first.children.len()).then(|| first.name.clone())
}

fn unbounded(f: &Field) -> bool {
    matches!(f.max_occurs, Some(MaxOccurs::Unbounded))
        || matches!(f.max_occurs, Some(MaxOccurs::Bounded(n)) if n > 1)
}

/// `BackupResource` → `BackupResources`: how Enterprise Manager names a repeated element in JSON.
pub fn plural(name: &str) -> String {
    if name.ends_with('s') || name.ends_with('x') || name.ends_with("ch") || name.ends_with("sh") {
        format!("{name}es")
    } else if name.ends_with('y')
        && !name.ends_with("ay")
        && !name.ends_with("ey")
        && !name.ends_with("oy")
    {
        format!("{}ies", &name[..name.len() - 1])
    } else {
        format!("{name}s")
    }
}

fn field(
    wire: &str,
    xml: XmlPlacement,
    ty: ValueType,
    tf: Option<&Field>,
    required: bool,
    evidence: &str,
) -> FieldDef {
    let (json, json_list) = match &xml {
        XmlPlacement::Elements { name } => (plural(name), Some(JsonList::Array)),
        // `<Links><Link/>` is `"Links": [...]`; `<Resources><CloudTenantResource/>` is
        // `"Resources": {"CloudTenantResources": [...]}` (representation_collections.md).
        XmlPlacement::Wrapped { wrapper, item } if *wrapper == plural(item) => {
            (wrapper.clone(), Some(JsonList::Array))
        }
        XmlPlacement::Wrapped { wrapper, item } => (
            wrapper.clone(),
            Some(JsonList::Wrapped {
                inner: plural(item),
            }),
        ),
        XmlPlacement::Attribute { name } | XmlPlacement::Element { name } => (name.clone(), None),
    };
    let rust = match &xml {
        XmlPlacement::Wrapped { wrapper, .. } => rust_field_name(wrapper),
        XmlPlacement::Elements { .. } => list_field_name(wire),
        _ => rust_field_name(wire),
    };
    FieldDef {
        name: rust,
        xml,
        json,
        json_list,
        ty,
        required,
        doc: tf.map(|f| f.description.clone()).unwrap_or_default(),
        evidence: if tf.is_some() && evidence == "sample" {
            "both".to_string()
        } else {
            evidence.to_string()
        },
    }
}

/// The Rust name of a list of repeated elements: the plural of the element's name (`Ref` →
/// `refs`, `BackupJobSession` → `backup_job_sessions`); a name already plural (`Days`) is kept.
/// The wire names stay as they are.
pub fn list_field_name(wire: &str) -> String {
    if wire.ends_with('s') {
        rust_field_name(wire)
    } else {
        rust_field_name(&plural(wire))
    }
}

pub fn rust_field_name(wire: &str) -> String {
    let s = wire.to_snake_case();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("f_{s}")
    } else {
        s
    }
}

fn unique_names(fields: &mut [FieldDef]) {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for f in fields.iter_mut() {
        let mut name = f.name.clone();
        let mut n = 2;
        while seen.contains(&name) {
            name = format!("{}_{n}", f.name);
            n += 1;
        }
        seen.insert(name.clone());
        f.name = name;
    }
}
