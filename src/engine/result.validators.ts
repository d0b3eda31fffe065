// Generated from src/engine/result.schema.json by scripts/gen-validators.mjs (ajv standalone code). Do not edit: change the schema and run `npm run gen:validators`.
// @ts-nocheck
/* eslint-disable */
import type { Validator } from '../util/ajv.js';
import ajvFormats from 'ajv-formats/dist/formats.js';
"use strict";
export const result = validate10 as unknown as Validator;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gatehouse.dev/schemas/result-1.json","title":"Result","description":"What evaluating one snapshot produced: a status for every rule and the findings behind them.","type":"object","additionalProperties":false,"required":["schemaVersion","tool","tenant","scannedAt","asOf","profile","snapshot","sections","rules","findings","summary"],"properties":{"schemaVersion":{"const":1},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"type":"string"},"version":{"type":"string"}}},"tenant":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":"string"},"defaultDomain":{"type":"string"},"cloud":{"type":"string"}}},"scannedAt":{"type":"string","format":"date-time"},"asOf":{"type":"string","format":"date-time","description":"Reference time for every date-based rule."},"profile":{"type":"string"},"snapshot":{"type":"object","additionalProperties":false,"required":["collectedAt","sha256"],"properties":{"collectedAt":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"path":{"type":"string"}}},"sections":{"type":"object","description":"Collection status per section, copied from the snapshot (`not-collected` when the snapshot has no entry).","additionalProperties":{"$ref":"#/definitions/sectionSummary"}},"rules":{"type":"array","items":{"$ref":"#/definitions/ruleResult"}},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}},"summary":{"$ref":"#/definitions/summary"},"exceptions":{"type":"array","items":{"$ref":"#/definitions/exceptionUse"},"description":"Every entry of the exceptions file with what it did in this scan."},"baseline":{"$ref":"#/definitions/baseline"}},"definitions":{"severity":{"type":"string","enum":["critical","high","medium","low","info"]},"ruleStatus":{"type":"string","enum":["pass","fail","not-applicable","not-assessed","suppressed","error"]},"sectionSummary":{"type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"type":"string"},"httpStatus":{"type":"integer"},"errorCode":{"type":"string"},"message":{"type":"string"},"requiredPermissions":{"type":"array","items":{"type":"string"}},"requiredLicence":{"type":"string"},"fallback":{"type":"string","description":"Collected by a fallback that costs evidence (copied from the snapshot's section status)."}}},"ruleResult":{"type":"object","additionalProperties":false,"required":["id","title","severity","category","status","findingCount"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"severity":{"$ref":"#/definitions/severity","description":"The check's headline severity, the one every report shows for it: its worst unsuppressed finding; when every finding is an accepted risk, its worst finding; with no findings, defaultSeverity."},"defaultSeverity":{"$ref":"#/definitions/severity","description":"The rule's own severity (its default, or the one the config sets): what a finding gets unless the rule grades it. SARIF keeps the bare rule id for findings of this severity."},"category":{"type":"string"},"status":{"$ref":"#/definitions/ruleStatus"},"detail":{"type":"string","description":"Technical detail behind the reason, for the operator: HTTP status, Graph error code, the collector's message, the command-line option that would change it."},"reason":{"type":"string","description":"Why the rule is not assessed, not applicable or in error, in words for the report's reader (no HTTP codes or command-line options: those are in detail)."},"fix":{"type":"object","additionalProperties":false,"description":"What would let a not-assessed rule be assessed.","properties":{"sections":{"type":"array","items":{"type":"string"}},"permissions":{"type":"array","items":{"type":"string"}},"licence":{"type":"string"}}},"findingCount":{"type":"integer","minimum":0},"options":{"type":"object"}}},"resource":{"type":"object","additionalProperties":false,"required":["type","id"],"properties":{"type":{"type":"string","description":"Graph-style object type, e.g. user, crossTenantAccessPolicyConfigurationPartner, tenantSetting."},"id":{"type":"string"},"displayName":{"type":"string"},"path":{"type":"string","description":"Graph-style path built from immutable ids, e.g. policies/crossTenantAccessPolicy/partners/<tenantId>."}}},"finding":{"type":"object","additionalProperties":false,"required":["id","ruleId","status","severity","resource","message","messageId"],"properties":{"id":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"sha256 of v1|ruleId|tenantId|resource type|resource id|subKey: stable across scans."},"ruleId":{"type":"string"},"status":{"type":"string","enum":["fail","suppressed"]},"severity":{"$ref":"#/definitions/severity"},"weight":{"type":"number","description":"Within one severity, how much this finding matters next to the rule's others (days inactive, days pending, users exposed): larger is worse. Reports list the heaviest first."},"resource":{"$ref":"#/definitions/resource"},"subKey":{"type":"string"},"messageId":{"type":"string"},"message":{"type":"string"},"params":{"type":"object"},"evidence":{"type":"object"},"baselineState":{"type":"string","enum":["new","unchanged","updated"],"description":"Against the --baseline result: not there before, there with the same severity and message, or there with a different severity or message."},"suppression":{"type":"object","additionalProperties":false,"required":["justification","owner","expires"],"properties":{"justification":{"type":"string"},"owner":{"type":"string"},"expires":{"type":"string"},"source":{"type":"string"}}}}},"summary":{"type":"object","additionalProperties":false,"required":["rulesByStatus","findingsBySeverity"],"properties":{"rulesByStatus":{"type":"object","additionalProperties":{"type":"integer"}},"findingsBySeverity":{"type":"object","additionalProperties":{"type":"integer"}},"suppressedFindings":{"type":"integer"}}},"exceptionUse":{"type":"object","additionalProperties":false,"required":["rule","state","matched"],"properties":{"rule":{"type":"string"},"resources":{"type":"array","items":{"type":"string"}},"owner":{"type":"string"},"justification":{"type":"string"},"expires":{"type":"string"},"state":{"type":"string","enum":["active","expired","unused"],"description":"active: applied to at least one finding; expired: past its date, so it no longer applies; unused: in force but matched nothing."},"matched":{"type":"integer","minimum":0,"description":"Findings it covers (for an expired exception: findings it would have covered)."},"index":{"type":"integer","minimum":0,"description":"Position in the exceptions file."},"source":{"type":"string","description":"The exceptions file."}}},"findingRef":{"type":"object","additionalProperties":false,"required":["id","ruleId","severity","resource","message"],"properties":{"id":{"type":"string"},"ruleId":{"type":"string"},"severity":{"$ref":"#/definitions/severity"},"weight":{"type":"number","description":"Within one severity, how much this finding matters next to the rule's others (days inactive, days pending, users exposed): larger is worse. Reports list the heaviest first."},"resource":{"$ref":"#/definitions/resource"},"message":{"type":"string"}}},"baseline":{"type":"object","additionalProperties":false,"required":["source","scannedAt","tenantId","counts","resolved","ruleChanges"],"description":"Changes since the --baseline result (the previous scan), by finding id.","properties":{"source":{"type":"string","description":"The baseline result file."},"scannedAt":{"type":"string"},"asOf":{"type":"string"},"tenantId":{"type":"string"},"tenantMismatch":{"type":"boolean","description":"The baseline is another tenant's result: every finding then reads as new."},"counts":{"type":"object","additionalProperties":false,"required":["new","unchanged","updated","resolved"],"properties":{"new":{"type":"integer","minimum":0},"unchanged":{"type":"integer","minimum":0},"updated":{"type":"integer","minimum":0},"resolved":{"type":"integer","minimum":0}}},"resolved":{"type":"array","items":{"$ref":"#/definitions/findingRef"},"description":"Findings of the baseline that are gone now."},"ruleChanges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","before","after"],"properties":{"id":{"type":"string"},"before":{"type":"string"},"after":{"type":"string"}}}}}}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["status"],"properties":{"status":{"type":"string"},"httpStatus":{"type":"integer"},"errorCode":{"type":"string"},"message":{"type":"string"},"requiredPermissions":{"type":"array","items":{"type":"string"}},"requiredLicence":{"type":"string"},"fallback":{"type":"string","description":"Collected by a fallback that costs evidence (copied from the snapshot's section status)."}}};
const schema20 = {"type":"object","additionalProperties":false,"required":["rulesByStatus","findingsBySeverity"],"properties":{"rulesByStatus":{"type":"object","additionalProperties":{"type":"integer"}},"findingsBySeverity":{"type":"object","additionalProperties":{"type":"integer"}},"suppressedFindings":{"type":"integer"}}};
const schema21 = {"type":"object","additionalProperties":false,"required":["rule","state","matched"],"properties":{"rule":{"type":"string"},"resources":{"type":"array","items":{"type":"string"}},"owner":{"type":"string"},"justification":{"type":"string"},"expires":{"type":"string"},"state":{"type":"string","enum":["active","expired","unused"],"description":"active: applied to at least one finding; expired: past its date, so it no longer applies; unused: in force but matched nothing."},"matched":{"type":"integer","minimum":0,"description":"Findings it covers (for an expired exception: findings it would have covered)."},"index":{"type":"integer","minimum":0,"description":"Position in the exceptions file."},"source":{"type":"string","description":"The exceptions file."}}};
const func2 = Object.prototype.hasOwnProperty;
const formats0 = ajvFormats.fullFormats["date-time"];
const pattern0 = new RegExp("^[0-9a-f]{64}$", "u");
const schema13 = {"type":"object","additionalProperties":false,"required":["id","title","severity","category","status","findingCount"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"severity":{"$ref":"#/definitions/severity","description":"The check's headline severity, the one every report shows for it: its worst unsuppressed finding; when every finding is an accepted risk, its worst finding; with no findings, defaultSeverity."},"defaultSeverity":{"$ref":"#/definitions/severity","description":"The rule's own severity (its default, or the one the config sets): what a finding gets unless the rule grades it. SARIF keeps the bare rule id for findings of this severity."},"category":{"type":"string"},"status":{"$ref":"#/definitions/ruleStatus"},"detail":{"type":"string","description":"Technical detail behind the reason, for the operator: HTTP status, Graph error code, the collector's message, the command-line option that would change it."},"reason":{"type":"string","description":"Why the rule is not assessed, not applicable or in error, in words for the report's reader (no HTTP codes or command-line options: those are in detail)."},"fix":{"type":"object","additionalProperties":false,"description":"What would let a not-assessed rule be assessed.","properties":{"sections":{"type":"array","items":{"type":"string"}},"permissions":{"type":"array","items":{"type":"string"}},"licence":{"type":"string"}}},"findingCount":{"type":"integer","minimum":0},"options":{"type":"object"}}};
const schema14 = {"type":"string","enum":["critical","high","medium","low","info"]};
const schema16 = {"type":"string","enum":["pass","fail","not-applicable","not-assessed","suppressed","error"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.id === undefined) && (missing0 = "id")) || ((data.title === undefined) && (missing0 = "title"))) || ((data.severity === undefined) && (missing0 = "severity"))) || ((data.category === undefined) && (missing0 = "category"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.findingCount === undefined) && (missing0 = "findingCount"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema13.properties, key0))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate11.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs4 = errors;
if(typeof data.title !== "string"){
validate11.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.severity !== undefined){
let data2 = data.severity;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate11.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "critical") || (data2 === "high")) || (data2 === "medium")) || (data2 === "low")) || (data2 === "info"))){
validate11.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultSeverity !== undefined){
let data3 = data.defaultSeverity;
const _errs9 = errors;
if(typeof data3 !== "string"){
validate11.errors = [{instancePath:instancePath+"/defaultSeverity",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data3 === "critical") || (data3 === "high")) || (data3 === "medium")) || (data3 === "low")) || (data3 === "info"))){
validate11.errors = [{instancePath:instancePath+"/defaultSeverity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
const _errs12 = errors;
if(typeof data.category !== "string"){
validate11.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data5 = data.status;
const _errs14 = errors;
if(typeof data5 !== "string"){
validate11.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ruleStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data5 === "pass") || (data5 === "fail")) || (data5 === "not-applicable")) || (data5 === "not-assessed")) || (data5 === "suppressed")) || (data5 === "error"))){
validate11.errors = [{instancePath:instancePath+"/status",schemaPath:"#/definitions/ruleStatus/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.detail !== undefined){
const _errs17 = errors;
if(typeof data.detail !== "string"){
validate11.errors = [{instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
const _errs19 = errors;
if(typeof data.reason !== "string"){
validate11.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fix !== undefined){
let data8 = data.fix;
const _errs21 = errors;
if(errors === _errs21){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs23 = errors;
for(const key1 in data8){
if(!(((key1 === "sections") || (key1 === "permissions")) || (key1 === "licence"))){
validate11.errors = [{instancePath:instancePath+"/fix",schemaPath:"#/properties/fix/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data8.sections !== undefined){
let data9 = data8.sections;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data9)){
var valid5 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs26 = errors;
if(typeof data9[i0] !== "string"){
validate11.errors = [{instancePath:instancePath+"/fix/sections/" + i0,schemaPath:"#/properties/fix/properties/sections/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs26 === errors;
if(!valid5){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/fix/sections",schemaPath:"#/properties/fix/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.permissions !== undefined){
let data11 = data8.permissions;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data11)){
var valid6 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
const _errs30 = errors;
if(typeof data11[i1] !== "string"){
validate11.errors = [{instancePath:instancePath+"/fix/permissions/" + i1,schemaPath:"#/properties/fix/properties/permissions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs30 === errors;
if(!valid6){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/fix/permissions",schemaPath:"#/properties/fix/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.licence !== undefined){
const _errs32 = errors;
if(typeof data8.licence !== "string"){
validate11.errors = [{instancePath:instancePath+"/fix/licence",schemaPath:"#/properties/fix/properties/licence/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/fix",schemaPath:"#/properties/fix/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.findingCount !== undefined){
let data14 = data.findingCount;
const _errs34 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate11.errors = [{instancePath:instancePath+"/findingCount",schemaPath:"#/properties/findingCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs34){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate11.errors = [{instancePath:instancePath+"/findingCount",schemaPath:"#/properties/findingCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.options !== undefined){
let data15 = data.options;
const _errs36 = errors;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
validate11.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","additionalProperties":false,"required":["id","ruleId","status","severity","resource","message","messageId"],"properties":{"id":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"sha256 of v1|ruleId|tenantId|resource type|resource id|subKey: stable across scans."},"ruleId":{"type":"string"},"status":{"type":"string","enum":["fail","suppressed"]},"severity":{"$ref":"#/definitions/severity"},"weight":{"type":"number","description":"Within one severity, how much this finding matters next to the rule's others (days inactive, days pending, users exposed): larger is worse. Reports list the heaviest first."},"resource":{"$ref":"#/definitions/resource"},"subKey":{"type":"string"},"messageId":{"type":"string"},"message":{"type":"string"},"params":{"type":"object"},"evidence":{"type":"object"},"baselineState":{"type":"string","enum":["new","unchanged","updated"],"description":"Against the --baseline result: not there before, there with the same severity and message, or there with a different severity or message."},"suppression":{"type":"object","additionalProperties":false,"required":["justification","owner","expires"],"properties":{"justification":{"type":"string"},"owner":{"type":"string"},"expires":{"type":"string"},"source":{"type":"string"}}}}};
const schema19 = {"type":"object","additionalProperties":false,"required":["type","id"],"properties":{"type":{"type":"string","description":"Graph-style object type, e.g. user, crossTenantAccessPolicyConfigurationPartner, tenantSetting."},"id":{"type":"string"},"displayName":{"type":"string"},"path":{"type":"string","description":"Graph-style path built from immutable ids, e.g. policies/crossTenantAccessPolicy/partners/<tenantId>."}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.id === undefined) && (missing0 = "id")) || ((data.ruleId === undefined) && (missing0 = "ruleId"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.severity === undefined) && (missing0 = "severity"))) || ((data.resource === undefined) && (missing0 = "resource"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.messageId === undefined) && (missing0 = "messageId"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema17.properties, key0))){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate13.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate13.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ruleId !== undefined){
const _errs4 = errors;
if(typeof data.ruleId !== "string"){
validate13.errors = [{instancePath:instancePath+"/ruleId",schemaPath:"#/properties/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data2 = data.status;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate13.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "fail") || (data2 === "suppressed"))){
validate13.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema17.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.severity !== undefined){
let data3 = data.severity;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate13.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data3 === "critical") || (data3 === "high")) || (data3 === "medium")) || (data3 === "low")) || (data3 === "info"))){
validate13.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.weight !== undefined){
let data4 = data.weight;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate13.errors = [{instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource !== undefined){
let data5 = data.resource;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.type === undefined) && (missing1 = "type")) || ((data5.id === undefined) && (missing1 = "id"))){
validate13.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key1 in data5){
if(!((((key1 === "type") || (key1 === "id")) || (key1 === "displayName")) || (key1 === "path"))){
validate13.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/definitions/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data5.type !== undefined){
const _errs17 = errors;
if(typeof data5.type !== "string"){
validate13.errors = [{instancePath:instancePath+"/resource/type",schemaPath:"#/definitions/resource/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.id !== undefined){
const _errs19 = errors;
if(typeof data5.id !== "string"){
validate13.errors = [{instancePath:instancePath+"/resource/id",schemaPath:"#/definitions/resource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.displayName !== undefined){
const _errs21 = errors;
if(typeof data5.displayName !== "string"){
validate13.errors = [{instancePath:instancePath+"/resource/displayName",schemaPath:"#/definitions/resource/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.path !== undefined){
const _errs23 = errors;
if(typeof data5.path !== "string"){
validate13.errors = [{instancePath:instancePath+"/resource/path",schemaPath:"#/definitions/resource/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/definitions/resource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subKey !== undefined){
const _errs25 = errors;
if(typeof data.subKey !== "string"){
validate13.errors = [{instancePath:instancePath+"/subKey",schemaPath:"#/properties/subKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
const _errs27 = errors;
if(typeof data.messageId !== "string"){
validate13.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs29 = errors;
if(typeof data.message !== "string"){
validate13.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
let data13 = data.params;
const _errs31 = errors;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
validate13.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data14 = data.evidence;
const _errs33 = errors;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
validate13.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baselineState !== undefined){
let data15 = data.baselineState;
const _errs35 = errors;
if(typeof data15 !== "string"){
validate13.errors = [{instancePath:instancePath+"/baselineState",schemaPath:"#/properties/baselineState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data15 === "new") || (data15 === "unchanged")) || (data15 === "updated"))){
validate13.errors = [{instancePath:instancePath+"/baselineState",schemaPath:"#/properties/baselineState/enum",keyword:"enum",params:{allowedValues: schema17.properties.baselineState.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suppression !== undefined){
let data16 = data.suppression;
const _errs37 = errors;
if(errors === _errs37){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing2;
if((((data16.justification === undefined) && (missing2 = "justification")) || ((data16.owner === undefined) && (missing2 = "owner"))) || ((data16.expires === undefined) && (missing2 = "expires"))){
validate13.errors = [{instancePath:instancePath+"/suppression",schemaPath:"#/properties/suppression/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs39 = errors;
for(const key2 in data16){
if(!((((key2 === "justification") || (key2 === "owner")) || (key2 === "expires")) || (key2 === "source"))){
validate13.errors = [{instancePath:instancePath+"/suppression",schemaPath:"#/properties/suppression/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs39 === errors){
if(data16.justification !== undefined){
const _errs40 = errors;
if(typeof data16.justification !== "string"){
validate13.errors = [{instancePath:instancePath+"/suppression/justification",schemaPath:"#/properties/suppression/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs40 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data16.owner !== undefined){
const _errs42 = errors;
if(typeof data16.owner !== "string"){
validate13.errors = [{instancePath:instancePath+"/suppression/owner",schemaPath:"#/properties/suppression/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs42 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data16.expires !== undefined){
const _errs44 = errors;
if(typeof data16.expires !== "string"){
validate13.errors = [{instancePath:instancePath+"/suppression/expires",schemaPath:"#/properties/suppression/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs44 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data16.source !== undefined){
const _errs46 = errors;
if(typeof data16.source !== "string"){
validate13.errors = [{instancePath:instancePath+"/suppression/source",schemaPath:"#/properties/suppression/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs46 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/suppression",schemaPath:"#/properties/suppression/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"object","additionalProperties":false,"required":["source","scannedAt","tenantId","counts","resolved","ruleChanges"],"description":"Changes since the --baseline result (the previous scan), by finding id.","properties":{"source":{"type":"string","description":"The baseline result file."},"scannedAt":{"type":"string"},"asOf":{"type":"string"},"tenantId":{"type":"string"},"tenantMismatch":{"type":"boolean","description":"The baseline is another tenant's result: every finding then reads as new."},"counts":{"type":"object","additionalProperties":false,"required":["new","unchanged","updated","resolved"],"properties":{"new":{"type":"integer","minimum":0},"unchanged":{"type":"integer","minimum":0},"updated":{"type":"integer","minimum":0},"resolved":{"type":"integer","minimum":0}}},"resolved":{"type":"array","items":{"$ref":"#/definitions/findingRef"},"description":"Findings of the baseline that are gone now."},"ruleChanges":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","before","after"],"properties":{"id":{"type":"string"},"before":{"type":"string"},"after":{"type":"string"}}}}}};
const schema23 = {"type":"object","additionalProperties":false,"required":["id","ruleId","severity","resource","message"],"properties":{"id":{"type":"string"},"ruleId":{"type":"string"},"severity":{"$ref":"#/definitions/severity"},"weight":{"type":"number","description":"Within one severity, how much this finding matters next to the rule's others (days inactive, days pending, users exposed): larger is worse. Reports list the heaviest first."},"resource":{"$ref":"#/definitions/resource"},"message":{"type":"string"}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.ruleId === undefined) && (missing0 = "ruleId"))) || ((data.severity === undefined) && (missing0 = "severity"))) || ((data.resource === undefined) && (missing0 = "resource"))) || ((data.message === undefined) && (missing0 = "message"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "ruleId")) || (key0 === "severity")) || (key0 === "weight")) || (key0 === "resource")) || (key0 === "message"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
const _errs2 = errors;
if(typeof data.id !== "string"){
validate16.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ruleId !== undefined){
const _errs4 = errors;
if(typeof data.ruleId !== "string"){
validate16.errors = [{instancePath:instancePath+"/ruleId",schemaPath:"#/properties/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.severity !== undefined){
let data2 = data.severity;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate16.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "critical") || (data2 === "high")) || (data2 === "medium")) || (data2 === "low")) || (data2 === "info"))){
validate16.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.weight !== undefined){
let data3 = data.weight;
const _errs9 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate16.errors = [{instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource !== undefined){
let data4 = data.resource;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.type === undefined) && (missing1 = "type")) || ((data4.id === undefined) && (missing1 = "id"))){
validate16.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data4){
if(!((((key1 === "type") || (key1 === "id")) || (key1 === "displayName")) || (key1 === "path"))){
validate16.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/definitions/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data4.type !== undefined){
const _errs15 = errors;
if(typeof data4.type !== "string"){
validate16.errors = [{instancePath:instancePath+"/resource/type",schemaPath:"#/definitions/resource/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.id !== undefined){
const _errs17 = errors;
if(typeof data4.id !== "string"){
validate16.errors = [{instancePath:instancePath+"/resource/id",schemaPath:"#/definitions/resource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.displayName !== undefined){
const _errs19 = errors;
if(typeof data4.displayName !== "string"){
validate16.errors = [{instancePath:instancePath+"/resource/displayName",schemaPath:"#/definitions/resource/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.path !== undefined){
const _errs21 = errors;
if(typeof data4.path !== "string"){
validate16.errors = [{instancePath:instancePath+"/resource/path",schemaPath:"#/definitions/resource/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/definitions/resource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs23 = errors;
if(typeof data.message !== "string"){
validate16.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.source === undefined) && (missing0 = "source")) || ((data.scannedAt === undefined) && (missing0 = "scannedAt"))) || ((data.tenantId === undefined) && (missing0 = "tenantId"))) || ((data.counts === undefined) && (missing0 = "counts"))) || ((data.resolved === undefined) && (missing0 = "resolved"))) || ((data.ruleChanges === undefined) && (missing0 = "ruleChanges"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "source") || (key0 === "scannedAt")) || (key0 === "asOf")) || (key0 === "tenantId")) || (key0 === "tenantMismatch")) || (key0 === "counts")) || (key0 === "resolved")) || (key0 === "ruleChanges"))){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.source !== undefined){
const _errs2 = errors;
if(typeof data.source !== "string"){
validate15.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scannedAt !== undefined){
const _errs4 = errors;
if(typeof data.scannedAt !== "string"){
validate15.errors = [{instancePath:instancePath+"/scannedAt",schemaPath:"#/properties/scannedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.asOf !== undefined){
const _errs6 = errors;
if(typeof data.asOf !== "string"){
validate15.errors = [{instancePath:instancePath+"/asOf",schemaPath:"#/properties/asOf/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenantId !== undefined){
const _errs8 = errors;
if(typeof data.tenantId !== "string"){
validate15.errors = [{instancePath:instancePath+"/tenantId",schemaPath:"#/properties/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenantMismatch !== undefined){
const _errs10 = errors;
if(typeof data.tenantMismatch !== "boolean"){
validate15.errors = [{instancePath:instancePath+"/tenantMismatch",schemaPath:"#/properties/tenantMismatch/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.counts !== undefined){
let data5 = data.counts;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((((data5.new === undefined) && (missing1 = "new")) || ((data5.unchanged === undefined) && (missing1 = "unchanged"))) || ((data5.updated === undefined) && (missing1 = "updated"))) || ((data5.resolved === undefined) && (missing1 = "resolved"))){
validate15.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data5){
if(!((((key1 === "new") || (key1 === "unchanged")) || (key1 === "updated")) || (key1 === "resolved"))){
validate15.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data5.new !== undefined){
let data6 = data5.new;
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate15.errors = [{instancePath:instancePath+"/counts/new",schemaPath:"#/properties/counts/properties/new/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate15.errors = [{instancePath:instancePath+"/counts/new",schemaPath:"#/properties/counts/properties/new/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data5.unchanged !== undefined){
let data7 = data5.unchanged;
const _errs17 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate15.errors = [{instancePath:instancePath+"/counts/unchanged",schemaPath:"#/properties/counts/properties/unchanged/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate15.errors = [{instancePath:instancePath+"/counts/unchanged",schemaPath:"#/properties/counts/properties/unchanged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data5.updated !== undefined){
let data8 = data5.updated;
const _errs19 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate15.errors = [{instancePath:instancePath+"/counts/updated",schemaPath:"#/properties/counts/properties/updated/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs19){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
validate15.errors = [{instancePath:instancePath+"/counts/updated",schemaPath:"#/properties/counts/properties/updated/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data5.resolved !== undefined){
let data9 = data5.resolved;
const _errs21 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate15.errors = [{instancePath:instancePath+"/counts/resolved",schemaPath:"#/properties/counts/properties/resolved/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate15.errors = [{instancePath:instancePath+"/counts/resolved",schemaPath:"#/properties/counts/properties/resolved/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resolved !== undefined){
let data10 = data.resolved;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data10)){
var valid2 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
const _errs25 = errors;
if(!(validate16(data10[i0], {instancePath:instancePath+"/resolved/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var valid2 = _errs25 === errors;
if(!valid2){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/resolved",schemaPath:"#/properties/resolved/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ruleChanges !== undefined){
let data12 = data.ruleChanges;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data12)){
var valid3 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs28 = errors;
if(errors === _errs28){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing2;
if((((data13.id === undefined) && (missing2 = "id")) || ((data13.before === undefined) && (missing2 = "before"))) || ((data13.after === undefined) && (missing2 = "after"))){
validate15.errors = [{instancePath:instancePath+"/ruleChanges/" + i1,schemaPath:"#/properties/ruleChanges/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs30 = errors;
for(const key2 in data13){
if(!(((key2 === "id") || (key2 === "before")) || (key2 === "after"))){
validate15.errors = [{instancePath:instancePath+"/ruleChanges/" + i1,schemaPath:"#/properties/ruleChanges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs30 === errors){
if(data13.id !== undefined){
const _errs31 = errors;
if(typeof data13.id !== "string"){
validate15.errors = [{instancePath:instancePath+"/ruleChanges/" + i1+"/id",schemaPath:"#/properties/ruleChanges/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs31 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data13.before !== undefined){
const _errs33 = errors;
if(typeof data13.before !== "string"){
validate15.errors = [{instancePath:instancePath+"/ruleChanges/" + i1+"/before",schemaPath:"#/properties/ruleChanges/items/properties/before/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs33 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data13.after !== undefined){
const _errs35 = errors;
if(typeof data13.after !== "string"){
validate15.errors = [{instancePath:instancePath+"/ruleChanges/" + i1+"/after",schemaPath:"#/properties/ruleChanges/items/properties/after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs35 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/ruleChanges/" + i1,schemaPath:"#/properties/ruleChanges/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs28 === errors;
if(!valid3){
break;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/ruleChanges",schemaPath:"#/properties/ruleChanges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gatehouse.dev/schemas/result-1.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.schemaVersion === undefined) && (missing0 = "schemaVersion")) || ((data.tool === undefined) && (missing0 = "tool"))) || ((data.tenant === undefined) && (missing0 = "tenant"))) || ((data.scannedAt === undefined) && (missing0 = "scannedAt"))) || ((data.asOf === undefined) && (missing0 = "asOf"))) || ((data.profile === undefined) && (missing0 = "profile"))) || ((data.snapshot === undefined) && (missing0 = "snapshot"))) || ((data.sections === undefined) && (missing0 = "sections"))) || ((data.rules === undefined) && (missing0 = "rules"))) || ((data.findings === undefined) && (missing0 = "findings"))) || ((data.summary === undefined) && (missing0 = "summary"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schemaVersion !== undefined){
const _errs2 = errors;
if(1 !== data.schemaVersion){
validate10.errors = [{instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool !== undefined){
let data1 = data.tool;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.name === undefined) && (missing1 = "name")) || ((data1.version === undefined) && (missing1 = "version"))){
validate10.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key1 in data1){
if(!((key1 === "name") || (key1 === "version"))){
validate10.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data1.name !== undefined){
const _errs6 = errors;
if(typeof data1.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.version !== undefined){
const _errs8 = errors;
if(typeof data1.version !== "string"){
validate10.errors = [{instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenant !== undefined){
let data4 = data.tenant;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((data4.id === undefined) && (missing2 = "id")){
validate10.errors = [{instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs12 = errors;
for(const key2 in data4){
if(!((((key2 === "id") || (key2 === "displayName")) || (key2 === "defaultDomain")) || (key2 === "cloud"))){
validate10.errors = [{instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs12 === errors){
if(data4.id !== undefined){
const _errs13 = errors;
if(typeof data4.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/tenant/id",schemaPath:"#/properties/tenant/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.displayName !== undefined){
const _errs15 = errors;
if(typeof data4.displayName !== "string"){
validate10.errors = [{instancePath:instancePath+"/tenant/displayName",schemaPath:"#/properties/tenant/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.defaultDomain !== undefined){
const _errs17 = errors;
if(typeof data4.defaultDomain !== "string"){
validate10.errors = [{instancePath:instancePath+"/tenant/defaultDomain",schemaPath:"#/properties/tenant/properties/defaultDomain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.cloud !== undefined){
const _errs19 = errors;
if(typeof data4.cloud !== "string"){
validate10.errors = [{instancePath:instancePath+"/tenant/cloud",schemaPath:"#/properties/tenant/properties/cloud/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scannedAt !== undefined){
let data9 = data.scannedAt;
const _errs21 = errors;
if(errors === _errs21){
if(errors === _errs21){
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
validate10.errors = [{instancePath:instancePath+"/scannedAt",schemaPath:"#/properties/scannedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/scannedAt",schemaPath:"#/properties/scannedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.asOf !== undefined){
let data10 = data.asOf;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
validate10.errors = [{instancePath:instancePath+"/asOf",schemaPath:"#/properties/asOf/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/asOf",schemaPath:"#/properties/asOf/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
const _errs25 = errors;
if(typeof data.profile !== "string"){
validate10.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data12 = data.snapshot;
const _errs27 = errors;
if(errors === _errs27){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing3;
if(((data12.collectedAt === undefined) && (missing3 = "collectedAt")) || ((data12.sha256 === undefined) && (missing3 = "sha256"))){
validate10.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs29 = errors;
for(const key3 in data12){
if(!(((key3 === "collectedAt") || (key3 === "sha256")) || (key3 === "path"))){
validate10.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs29 === errors){
if(data12.collectedAt !== undefined){
const _errs30 = errors;
if(typeof data12.collectedAt !== "string"){
validate10.errors = [{instancePath:instancePath+"/snapshot/collectedAt",schemaPath:"#/properties/snapshot/properties/collectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data12.sha256 !== undefined){
let data14 = data12.sha256;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
validate10.errors = [{instancePath:instancePath+"/snapshot/sha256",schemaPath:"#/properties/snapshot/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/snapshot/sha256",schemaPath:"#/properties/snapshot/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data12.path !== undefined){
const _errs34 = errors;
if(typeof data12.path !== "string"){
validate10.errors = [{instancePath:instancePath+"/snapshot/path",schemaPath:"#/properties/snapshot/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sections !== undefined){
let data16 = data.sections;
const _errs36 = errors;
if(errors === _errs36){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
let data17 = data16[key4];
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing4;
if((data17.status === undefined) && (missing4 = "status")){
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/sectionSummary/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs42 = errors;
for(const key5 in data17){
if(!(((((((key5 === "status") || (key5 === "httpStatus")) || (key5 === "errorCode")) || (key5 === "message")) || (key5 === "requiredPermissions")) || (key5 === "requiredLicence")) || (key5 === "fallback"))){
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/sectionSummary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs42 === errors){
if(data17.status !== undefined){
const _errs43 = errors;
if(typeof data17.status !== "string"){
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/status",schemaPath:"#/definitions/sectionSummary/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs43 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.httpStatus !== undefined){
let data19 = data17.httpStatus;
const _errs45 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/httpStatus",schemaPath:"#/definitions/sectionSummary/properties/httpStatus/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid6 = _errs45 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.errorCode !== undefined){
const _errs47 = errors;
if(typeof data17.errorCode !== "string"){
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/errorCode",schemaPath:"#/definitions/sectionSummary/properties/errorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs47 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.message !== undefined){
const _errs49 = errors;
if(typeof data17.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/message",schemaPath:"#/definitions/sectionSummary/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs49 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.requiredPermissions !== undefined){
let data22 = data17.requiredPermissions;
const _errs51 = errors;
if(errors === _errs51){
if(Array.isArray(data22)){
var valid7 = true;
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
const _errs53 = errors;
if(typeof data22[i0] !== "string"){
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requiredPermissions/" + i0,schemaPath:"#/definitions/sectionSummary/properties/requiredPermissions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs53 === errors;
if(!valid7){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requiredPermissions",schemaPath:"#/definitions/sectionSummary/properties/requiredPermissions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs51 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.requiredLicence !== undefined){
const _errs55 = errors;
if(typeof data17.requiredLicence !== "string"){
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/requiredLicence",schemaPath:"#/definitions/sectionSummary/properties/requiredLicence/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs55 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data17.fallback !== undefined){
const _errs57 = errors;
if(typeof data17.fallback !== "string"){
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fallback",schemaPath:"#/definitions/sectionSummary/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs57 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/sections/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/sectionSummary/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs39 === errors;
if(!valid4){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rules !== undefined){
let data26 = data.rules;
const _errs59 = errors;
if(errors === _errs59){
if(Array.isArray(data26)){
var valid8 = true;
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
const _errs61 = errors;
if(!(validate11(data26[i1], {instancePath:instancePath+"/rules/" + i1,parentData:data26,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid8 = _errs61 === errors;
if(!valid8){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs59 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.findings !== undefined){
let data28 = data.findings;
const _errs62 = errors;
if(errors === _errs62){
if(Array.isArray(data28)){
var valid9 = true;
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
const _errs64 = errors;
if(!(validate13(data28[i2], {instancePath:instancePath+"/findings/" + i2,parentData:data28,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid9 = _errs64 === errors;
if(!valid9){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data30 = data.summary;
const _errs65 = errors;
const _errs66 = errors;
if(errors === _errs66){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
let missing5;
if(((data30.rulesByStatus === undefined) && (missing5 = "rulesByStatus")) || ((data30.findingsBySeverity === undefined) && (missing5 = "findingsBySeverity"))){
validate10.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs68 = errors;
for(const key6 in data30){
if(!(((key6 === "rulesByStatus") || (key6 === "findingsBySeverity")) || (key6 === "suppressedFindings"))){
validate10.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs68 === errors){
if(data30.rulesByStatus !== undefined){
let data31 = data30.rulesByStatus;
const _errs69 = errors;
if(errors === _errs69){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key7 in data31){
let data32 = data31[key7];
const _errs72 = errors;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
validate10.errors = [{instancePath:instancePath+"/summary/rulesByStatus/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/summary/properties/rulesByStatus/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid12 = _errs72 === errors;
if(!valid12){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/summary/rulesByStatus",schemaPath:"#/definitions/summary/properties/rulesByStatus/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs69 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data30.findingsBySeverity !== undefined){
let data33 = data30.findingsBySeverity;
const _errs74 = errors;
if(errors === _errs74){
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key8 in data33){
let data34 = data33[key8];
const _errs77 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate10.errors = [{instancePath:instancePath+"/summary/findingsBySeverity/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/summary/properties/findingsBySeverity/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid13 = _errs77 === errors;
if(!valid13){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/summary/findingsBySeverity",schemaPath:"#/definitions/summary/properties/findingsBySeverity/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs74 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data30.suppressedFindings !== undefined){
let data35 = data30.suppressedFindings;
const _errs79 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate10.errors = [{instancePath:instancePath+"/summary/suppressedFindings",schemaPath:"#/definitions/summary/properties/suppressedFindings/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs79 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/definitions/summary/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exceptions !== undefined){
let data36 = data.exceptions;
const _errs81 = errors;
if(errors === _errs81){
if(Array.isArray(data36)){
var valid14 = true;
const len3 = data36.length;
for(let i3=0; i3<len3; i3++){
let data37 = data36[i3];
const _errs83 = errors;
const _errs84 = errors;
if(errors === _errs84){
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
let missing6;
if((((data37.rule === undefined) && (missing6 = "rule")) || ((data37.state === undefined) && (missing6 = "state"))) || ((data37.matched === undefined) && (missing6 = "matched"))){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/definitions/exceptionUse/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs86 = errors;
for(const key9 in data37){
if(!(func2.call(schema21.properties, key9))){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/definitions/exceptionUse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs86 === errors){
if(data37.rule !== undefined){
const _errs87 = errors;
if(typeof data37.rule !== "string"){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/rule",schemaPath:"#/definitions/exceptionUse/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs87 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data37.resources !== undefined){
let data39 = data37.resources;
const _errs89 = errors;
if(errors === _errs89){
if(Array.isArray(data39)){
var valid17 = true;
const len4 = data39.length;
for(let i4=0; i4<len4; i4++){
const _errs91 = errors;
if(typeof data39[i4] !== "string"){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/resources/" + i4,schemaPath:"#/definitions/exceptionUse/properties/resources/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs91 === errors;
if(!valid17){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/resources",schemaPath:"#/definitions/exceptionUse/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid16 = _errs89 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data37.owner !== undefined){
const _errs93 = errors;
if(typeof data37.owner !== "string"){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/owner",schemaPath:"#/definitions/exceptionUse/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs93 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data37.justification !== undefined){
const _errs95 = errors;
if(typeof data37.justification !== "string"){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/justification",schemaPath:"#/definitions/exceptionUse/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs95 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data37.expires !== undefined){
const _errs97 = errors;
if(typeof data37.expires !== "string"){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/expires",schemaPath:"#/definitions/exceptionUse/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs97 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data37.state !== undefined){
let data44 = data37.state;
const _errs99 = errors;
if(typeof data44 !== "string"){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/state",schemaPath:"#/definitions/exceptionUse/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data44 === "active") || (data44 === "expired")) || (data44 === "unused"))){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/state",schemaPath:"#/definitions/exceptionUse/properties/state/enum",keyword:"enum",params:{allowedValues: schema21.properties.state.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid16 = _errs99 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data37.matched !== undefined){
let data45 = data37.matched;
const _errs101 = errors;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/matched",schemaPath:"#/definitions/exceptionUse/properties/matched/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs101){
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 0 || isNaN(data45)){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/matched",schemaPath:"#/definitions/exceptionUse/properties/matched/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid16 = _errs101 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data37.index !== undefined){
let data46 = data37.index;
const _errs103 = errors;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/index",schemaPath:"#/definitions/exceptionUse/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs103){
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 < 0 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/index",schemaPath:"#/definitions/exceptionUse/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid16 = _errs103 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data37.source !== undefined){
const _errs105 = errors;
if(typeof data37.source !== "string"){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3+"/source",schemaPath:"#/definitions/exceptionUse/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs105 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i3,schemaPath:"#/definitions/exceptionUse/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs83 === errors;
if(!valid14){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseline !== undefined){
const _errs107 = errors;
if(!(validate15(data.baseline, {instancePath:instancePath+"/baseline",parentData:data,parentDataProperty:"baseline",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var valid0 = _errs107 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

export const finding = validate19 as unknown as Validator;

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.id === undefined) && (missing0 = "id")) || ((data.ruleId === undefined) && (missing0 = "ruleId"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.severity === undefined) && (missing0 = "severity"))) || ((data.resource === undefined) && (missing0 = "resource"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.messageId === undefined) && (missing0 = "messageId"))){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema17.properties, key0))){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate19.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ruleId !== undefined){
const _errs4 = errors;
if(typeof data.ruleId !== "string"){
validate19.errors = [{instancePath:instancePath+"/ruleId",schemaPath:"#/properties/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data2 = data.status;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate19.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "fail") || (data2 === "suppressed"))){
validate19.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema17.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.severity !== undefined){
let data3 = data.severity;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate19.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data3 === "critical") || (data3 === "high")) || (data3 === "medium")) || (data3 === "low")) || (data3 === "info"))){
validate19.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.weight !== undefined){
let data4 = data.weight;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate19.errors = [{instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource !== undefined){
let data5 = data.resource;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if(((data5.type === undefined) && (missing1 = "type")) || ((data5.id === undefined) && (missing1 = "id"))){
validate19.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key1 in data5){
if(!((((key1 === "type") || (key1 === "id")) || (key1 === "displayName")) || (key1 === "path"))){
validate19.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/definitions/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data5.type !== undefined){
const _errs17 = errors;
if(typeof data5.type !== "string"){
validate19.errors = [{instancePath:instancePath+"/resource/type",schemaPath:"#/definitions/resource/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.id !== undefined){
const _errs19 = errors;
if(typeof data5.id !== "string"){
validate19.errors = [{instancePath:instancePath+"/resource/id",schemaPath:"#/definitions/resource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.displayName !== undefined){
const _errs21 = errors;
if(typeof data5.displayName !== "string"){
validate19.errors = [{instancePath:instancePath+"/resource/displayName",schemaPath:"#/definitions/resource/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.path !== undefined){
const _errs23 = errors;
if(typeof data5.path !== "string"){
validate19.errors = [{instancePath:instancePath+"/resource/path",schemaPath:"#/definitions/resource/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/definitions/resource/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subKey !== undefined){
const _errs25 = errors;
if(typeof data.subKey !== "string"){
validate19.errors = [{instancePath:instancePath+"/subKey",schemaPath:"#/properties/subKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
const _errs27 = errors;
if(typeof data.messageId !== "string"){
validate19.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs29 = errors;
if(typeof data.message !== "string"){
validate19.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
let data13 = data.params;
const _errs31 = errors;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
validate19.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data14 = data.evidence;
const _errs33 = errors;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
validate19.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baselineState !== undefined){
let data15 = data.baselineState;
const _errs35 = errors;
if(typeof data15 !== "string"){
validate19.errors = [{instancePath:instancePath+"/baselineState",schemaPath:"#/properties/baselineState/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data15 === "new") || (data15 === "unchanged")) || (data15 === "updated"))){
validate19.errors = [{instancePath:instancePath+"/baselineState",schemaPath:"#/properties/baselineState/enum",keyword:"enum",params:{allowedValues: schema17.properties.baselineState.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suppression !== undefined){
let data16 = data.suppression;
const _errs37 = errors;
if(errors === _errs37){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing2;
if((((data16.justification === undefined) && (missing2 = "justification")) || ((data16.owner === undefined) && (missing2 = "owner"))) || ((data16.expires === undefined) && (missing2 = "expires"))){
validate19.errors = [{instancePath:instancePath+"/suppression",schemaPath:"#/properties/suppression/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs39 = errors;
for(const key2 in data16){
if(!((((key2 === "justification") || (key2 === "owner")) || (key2 === "expires")) || (key2 === "source"))){
validate19.errors = [{instancePath:instancePath+"/suppression",schemaPath:"#/properties/suppression/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs39 === errors){
if(data16.justification !== undefined){
const _errs40 = errors;
if(typeof data16.justification !== "string"){
validate19.errors = [{instancePath:instancePath+"/suppression/justification",schemaPath:"#/properties/suppression/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs40 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data16.owner !== undefined){
const _errs42 = errors;
if(typeof data16.owner !== "string"){
validate19.errors = [{instancePath:instancePath+"/suppression/owner",schemaPath:"#/properties/suppression/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs42 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data16.expires !== undefined){
const _errs44 = errors;
if(typeof data16.expires !== "string"){
validate19.errors = [{instancePath:instancePath+"/suppression/expires",schemaPath:"#/properties/suppression/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs44 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data16.source !== undefined){
const _errs46 = errors;
if(typeof data16.source !== "string"){
validate19.errors = [{instancePath:instancePath+"/suppression/source",schemaPath:"#/properties/suppression/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs46 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/suppression",schemaPath:"#/properties/suppression/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

