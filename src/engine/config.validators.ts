// Generated from src/engine/config.schema.json by scripts/gen-validators.mjs (ajv standalone code). Do not edit: change the schema and run `npm run gen:validators`.
// @ts-nocheck
/* eslint-disable */
import type { Validator } from '../util/ajv.js';
"use strict";
export const config = validate10 as unknown as Validator;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gatehouse.dev/schemas/config-1.json","title":"GatehouseConfig","description":"gatehouse.config.json: which profile to start from and per-rule overrides.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"profile":{"type":"string","description":"Profile to start from (baseline, strict)."},"rules":{"type":"object","description":"Per-rule overrides keyed by rule id.","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"false leaves the rule out of the result entirely."},"severity":{"type":"string","enum":["critical","high","medium","low","info"]},"options":{"type":"object","description":"Validated against the rule's own option schema."}}}}}};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gatehouse.dev/schemas/config-1.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "$schema") || (key0 === "profile")) || (key0 === "rules"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
const _errs2 = errors;
if(typeof data.$schema !== "string"){
validate10.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
const _errs4 = errors;
if(typeof data.profile !== "string"){
validate10.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rules !== undefined){
let data2 = data.rules;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs11 = errors;
for(const key2 in data3){
if(!(((key2 === "enabled") || (key2 === "severity")) || (key2 === "options"))){
validate10.errors = [{instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data3.enabled !== undefined){
const _errs12 = errors;
if(typeof data3.enabled !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/enabled",schemaPath:"#/properties/rules/additionalProperties/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.severity !== undefined){
let data5 = data3.severity;
const _errs14 = errors;
if(typeof data5 !== "string"){
validate10.errors = [{instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/severity",schemaPath:"#/properties/rules/additionalProperties/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data5 === "critical") || (data5 === "high")) || (data5 === "medium")) || (data5 === "low")) || (data5 === "info"))){
validate10.errors = [{instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/severity",schemaPath:"#/properties/rules/additionalProperties/properties/severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.additionalProperties.properties.severity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.options !== undefined){
let data6 = data3.options;
const _errs16 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
validate10.errors = [{instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/properties/rules/additionalProperties/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
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

